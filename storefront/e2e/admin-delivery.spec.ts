/**
 * Settings › Livraison in Medusa Admin, in Chromium at 1366 px: the office adds a stop-desk in Oran,
 * changes its address from the table's "Modifier", then stops offering it. After each save the
 * storefront's list of Oran desks (the Store API the checkout reads) says the same. Oran: no other
 * spec chooses a desk there, and the desk is left deactivated.
 */
import { expect, test } from "@playwright/test"
import { chooseOption, logInToDashboard } from "./support/admin-dashboard"
import { adminDashboard } from "./support/medusa-admin"

const medusa = process.env.E2E_MEDUSA_URL ?? "http://localhost:9000"

/** The names the checkout offers a customer of Oran. */
async function oranDesks(): Promise<string[]> {
  const response = await fetch(`${medusa}/store/delivery/stop-desks?wilaya=31`, { headers: { "x-publishable-api-key": process.env.E2E_PUBLISHABLE_KEY ?? "" } })
  expect(response.status).toBe(200)
  return ((await response.json()) as { stop_desks: Array<{ name_fr: string }> }).stop_desks.map((desk) => desk.name_fr)
}

test("the office adds a stop-desk, changes it and stops offering it; the checkout's list follows", async ({ browser }) => {
  test.setTimeout(240_000)
  const name = `Agence Essai ${Date.now()}`
  const office = await browser.newPage({ viewport: { width: 1366, height: 768 } })
  const pageErrors: string[] = []
  office.on("pageerror", (error) => pageErrors.push(error.message))
  await logInToDashboard(office, adminDashboard.email(), adminDashboard.password())
  await office.goto(`${adminDashboard.url()}/settings/delivery`)
  await expect(office.getByRole("heading", { name: "Stop-desks" })).toBeVisible({ timeout: 90_000 })
  await chooseOption(office, "Wilaya des stop-desks", /^31 Oran/)
  await expect(office.getByText("Agence Oran centre")).toBeVisible()

  await test.step("a new desk in Oran", async () => {
    await office.getByRole("button", { name: "Nouveau stop-desk" }).click()
    const drawer = office.getByRole("dialog")
    await expect(drawer.getByRole("combobox", { name: "Wilaya" })).toContainText("31 Oran")
    await drawer.getByLabel("Commune").fill("Bir El Djir")
    await drawer.getByLabel("Nom (français)").fill(name)
    await drawer.getByLabel("Nom (arabe)").fill("وكالة تجربة")
    await drawer.getByLabel("Adresse").fill("12 rue des Essais")
    await drawer.getByLabel("Transporteur").fill("Yalidine")
    await drawer.getByRole("button", { name: "Enregistrer" }).click()
    await expect(office.getByText(`Stop-desk « ${name} » enregistré.`)).toBeVisible()
    await expect(drawer).toBeHidden()
    await expect(office.getByRole("row", { name: new RegExp(name) })).toContainText("12 rue des Essais")
    expect(await oranDesks()).toContain(name)
  })

  await test.step("its address changed from the table", async () => {
    await office.getByRole("row", { name: new RegExp(name) }).getByRole("button", { name: "Modifier" }).click()
    const drawer = office.getByRole("dialog")
    await expect(drawer.getByLabel("Nom (français)")).toHaveValue(name)
    await drawer.getByLabel("Adresse").fill("14 boulevard de l'Essai")
    await drawer.getByRole("button", { name: "Enregistrer" }).click()
    await expect(drawer).toBeHidden()
    await expect(office.getByRole("row", { name: new RegExp(name) })).toContainText("14 boulevard de l'Essai")
    await expect(office.getByRole("row", { name: new RegExp(name) })).toContainText("Bir El Djir")
  })

  await test.step("no longer offered", async () => {
    await office.getByRole("row", { name: new RegExp(name) }).getByRole("button", { name: "Désactiver" }).click()
    await expect(office.getByText(`« ${name} » n'est plus proposé aux clients.`)).toBeVisible()
    await expect(office.getByRole("row", { name: new RegExp(name) })).toContainText("Désactivé")
    const desks = await oranDesks()
    expect(desks).not.toContain(name)
    expect(desks).toContain("Agence Oran centre")
  })
  expect(pageErrors).toEqual([])
})
