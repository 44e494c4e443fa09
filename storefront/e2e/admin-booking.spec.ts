/**
 * The office and a technician in Medusa Admin, in Chromium: the office takes a visit by phone on the
 * planning (1366 px), gives it to the technician from the visit's drawer; the technician, logged in
 * as themself on a phone (390 px), finds it in "Mes interventions", starts it and marks it done with
 * a part from the catalogue. The visit, its report and the stock are then read back from the API.
 */
import { expect, test } from "@playwright/test"
import { chooseOption, logInToDashboard } from "./support/admin-dashboard"
import { adminDashboard, adminFetch, technicianLogin } from "./support/medusa-admin"

/** Électrode d'allumage Ariston Genus, seeded with 18. */
const PART_SKU = "MJ-ELE-65104324"

const algiersDate = (days: number) => new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Algiers" }).format(new Date(Date.now() + days * 86_400_000))
const algiersTime = (at: string) => new Intl.DateTimeFormat("fr-FR", { timeZone: "Africa/Algiers", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(at))

test("the office books a phone visit and assigns it; the technician finishes it with a part used", async ({ browser }) => {
  test.setTimeout(300_000)
  const lastName = `Essai${Date.now()}`
  // Where the technician is free: a day and a slot the planning will offer.
  const today = algiersDate(0)
  const planning = await adminFetch<{ technicians: Array<{ id: string; name: string }>; zones: Array<{ id: string; name_fr: string }>; fault_types: Array<{ id: string; label_fr: string }> }>(
    `/admin/booking/planning?from=${today}&days=1`
  )
  const technician = planning.technicians.find((entry) => entry.name === "Sofiane Belkacem")!
  const zone = planning.zones.find((entry) => entry.name_fr === "Alger")!
  const fault = planning.fault_types.find((entry) => entry.label_fr === "Pas de chauffage")!
  const { slots } = await adminFetch<{ slots: Array<{ start: string }> }>(
    `/admin/booking/slots?zone_id=${zone.id}&fault_type_id=${fault.id}&from=${algiersDate(2)}&to=${algiersDate(9)}&technician_id=${technician.id}`
  )
  const slot = slots[0]!
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Algiers" }).format(new Date(slot.start))
  // One named part with plenty of stock: the admin's list order is not stable, and a part picked from
  // it could be one whose remaining stock another test reads.
  const { products } = await adminFetch<{ products: Array<{ title: string; variants: Array<{ id: string; sku: string | null }> }> }>(
    "/admin/products?limit=200&fields=title,variants.id,variants.sku"
  )
  const part = products.flatMap((product) => product.variants.map((variant) => ({ ...variant, title: product.title }))).find((variant) => variant.sku === PART_SKU)!

  const office = await browser.newPage({ viewport: { width: 1366, height: 768 } })
  await test.step("the office takes the call on the planning", async () => {
    await logInToDashboard(office, adminDashboard.email(), adminDashboard.password())
    await office.goto(`${adminDashboard.url()}/planning`)
    await expect(office.getByRole("heading", { name: "Planning" })).toBeVisible({ timeout: 90_000 })
    await office.getByRole("button", { name: "Nouvelle visite (téléphone)" }).click()
    await chooseOption(office, "Zone", "Alger")
    await chooseOption(office, "Panne", /^Pas de chauffage/)
    await office.getByLabel("Jour").fill(day)
    await office.getByRole("radio", { name: algiersTime(slot.start) }).click()
    await office.getByLabel("Prénom").fill("Farid")
    await office.getByLabel("Nom", { exact: true }).fill(lastName)
    await office.getByLabel("Téléphone").fill("0550 98 76 54")
    await office.getByLabel("Adresse").fill("5 boulevard Mohamed V")
    await office.getByLabel("Commune").fill("Alger Centre")
    await office.getByLabel("Ce que dit le client").fill("Plus d'eau chaude depuis hier, la flamme s'éteint.")
    await office.getByRole("button", { name: "Enregistrer la visite" }).click()
    // The board jumps to the visit's day and shows it.
    await expect(office.locator("[data-visit]", { hasText: lastName })).toBeVisible({ timeout: 30_000 })
  })

  await test.step("the office gives it to the technician from the visit's drawer", async () => {
    await office.locator("[data-visit]", { hasText: lastName }).first().click()
    await chooseOption(office, "Attribuer à", technician.name)
    await office.getByRole("button", { name: "Attribuer", exact: true }).click()
    await expect(office.locator(`[data-lane="${technician.id}"] [data-visit]`, { hasText: lastName })).toBeVisible({ timeout: 30_000 })
    await expect(office.locator("[data-history=assigned]")).toContainText(technician.name)
  })

  const van = await browser.newPage({ viewport: { width: 390, height: 844 } })
  await test.step("the technician finds it on their phone and finishes it with a part", async () => {
    await logInToDashboard(van, technicianLogin.email(), technicianLogin.password())
    await van.goto(`${adminDashboard.url()}/mes-interventions`)
    const card = van.locator("[data-visit]", { hasText: lastName })
    await expect(card).toBeVisible({ timeout: 90_000 })
    await expect(card.getByRole("link", { name: /0550 98 76 54|\+213550987654/ })).toHaveAttribute("href", /^tel:/)
    await card.getByRole("button", { name: "Je commence" }).click()
    await card.getByRole("button", { name: "Terminer la visite" }).click()
    await card.getByLabel("Ce qui a été fait").fill("Thermocouple remplacé, eau chaude revenue.")
    await card.getByLabel("Chercher une pièce").fill(part.sku!)
    await card.getByRole("button", { name: new RegExp(part.sku!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) }).first().click()
    await card.getByRole("button", { name: "Valider la fin de visite" }).click()
    await expect(card.getByText("Terminée", { exact: true })).toBeVisible({ timeout: 30_000 })
    await expect(card.getByText(/^Terminée : Thermocouple remplacé/)).toBeVisible()
    expect(await van.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  })

  const { appointments } = await adminFetch<{ appointments: Array<{ id: string; contact_last_name: string; status: string; source: string; technician_id: string }> }>(
    "/admin/booking/appointments?status=done&limit=100"
  )
  const visit = appointments.find((entry) => entry.contact_last_name === lastName)!
  expect(visit).toMatchObject({ status: "done", source: "phone", technician_id: technician.id })
  const { visit: read } = await adminFetch<{ visit: { report: { parts: Array<{ variant_id: string; quantity: number }> } } }>(`/admin/booking/appointments/${visit.id}`)
  expect(read.report.parts).toEqual([expect.objectContaining({ variant_id: part.id, quantity: 1 })])
})

test("the office's booking settings pages open and show the seeded data, with no page error", async ({ browser }) => {
  test.setTimeout(240_000)
  const office = await browser.newPage({ viewport: { width: 1366, height: 768 } })
  const pageErrors: string[] = []
  office.on("pageerror", (error) => pageErrors.push(error.message))
  office.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) pageErrors.push(message.text())
  })
  await logInToDashboard(office, adminDashboard.email(), adminDashboard.password())
  await office.goto(`${adminDashboard.url()}/technicians`)
  await expect(office.getByRole("heading", { name: "Techniciens" })).toBeVisible({ timeout: 90_000 })
  await office.getByText("Sofiane Belkacem").first().click()
  await expect(office.getByRole("heading", { name: "Sofiane Belkacem" })).toBeVisible({ timeout: 30_000 })
  await expect(office.getByRole("heading", { name: "Visites à venir" })).toBeVisible()
  for (const [path, heading, seeded] of [
    ["technicians/zones", "Zones d'intervention", "Boumerdès"],
    ["technicians/fault-types", "Types de panne", "Odeur de gaz"],
    ["technicians/closures", "Fermetures de l'entreprise", "Yennayer"],
    ["planning/encaissements", "Encaissements des visites", "Espèces encaissées"],
  ] as const) {
    await office.goto(`${adminDashboard.url()}/${path}`)
    await expect(office.getByRole("heading", { name: heading })).toBeVisible({ timeout: 30_000 })
    await expect(office.getByText(seeded).first()).toBeVisible()
  }
  expect(pageErrors).toEqual([])
})
