/**
 * Booking a repair visit on the storefront, as a customer on a phone: from the home page through
 * commune, fault, slot, details and review to the confirmation and its e-mail (.ics attached); a slot
 * taken mid-flow sends the customer back to fresh slots with the reason; the visit is then moved from
 * its page. In French and in Arabic (no French left, 24 h times, no horizontal scroll at 390 px).
 */
import { expect, test, type Page } from "@playwright/test"
import { simpleParser } from "mailparser"
import { sinkMessages } from "./support/medusa-admin"
import { PageGuard } from "./support/page-guard"
import { frenchLeftOnArabicPage } from "./support/untranslated"

const medusa = process.env.E2E_MEDUSA_URL ?? "http://localhost:9000"
const storeHeaders = { "x-publishable-api-key": process.env.E2E_PUBLISHABLE_KEY ?? "", "content-type": "application/json" }
const store = async (path: string, init: RequestInit = {}) => {
  const response = await fetch(medusa + path, { ...init, headers: { ...storeHeaders, ...(init.headers ?? {}) } })
  return { status: response.status, body: await response.json() }
}

/** Books `startsAt` through the API until no technician is left for it (someone else was faster). */
async function takeSlotEverywhere(startsAt: string, zoneId: string, faultTypeId: string) {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const answer = await store("/store/booking/appointments", {
      method: "POST",
      body: JSON.stringify({
        zone_id: zoneId,
        fault_type_id: faultTypeId,
        starts_at: startsAt,
        contact: { first_name: "Autre", last_name: "Client", phone: "0661 00 00 00", email: `autre.${Date.now()}.${attempt}@example.dz` },
        address: { address_1: "1 rue Didouche Mourad", commune: "Alger Centre", wilaya_code: "16" },
        description: "Plus de chauffage depuis ce matin.",
      }),
    })
    if (answer.status === 409) return
    expect(answer.status).toBe(201)
  }
  throw new Error(`slot ${startsAt} still free after 10 bookings`)
}

async function noHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
}

async function mailTo(email: string) {
  let raw: string | undefined
  await expect.poll(() => (raw = sinkMessages().find((message) => message.includes(email))), { timeout: 30_000 }).toBeTruthy()
  return simpleParser(raw!)
}

test.use({ viewport: { width: 390, height: 844 } })

test("a customer books a visit from the home page, gets a taken slot explained, then moves the visit", async ({ page }) => {
  const guard = new PageGuard(page)
  const email = `reservation.${Date.now()}@example.dz`
  await page.goto("/fr")
  await page.getByRole("link", { name: "Demander une intervention" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Réserver un dépannage de chaudière")
  await noHorizontalScroll(page)
  await guard.check("booking: wilaya")

  await page.getByLabel("Wilaya").selectOption("16")
  await page.getByRole("button", { name: "Continuer" }).click()
  await page.getByLabel("Commune").selectOption("Alger Centre")
  await page.getByRole("button", { name: "Continuer" }).click()
  await page.getByRole("radio", { name: /Pas de chauffage/ }).check()
  await expect(page.locator("label.choice", { hasText: "Pas de chauffage" })).toContainText("2 500 DA")
  await page.getByRole("button", { name: "Continuer" }).click()

  // The calendar: a week of 24 h Algiers slots.
  await expect(page.getByRole("heading", { name: "Choisissez un créneau" })).toBeVisible()
  const first = page.locator("input[name=creneau]").first()
  const taken = (await first.getAttribute("value"))!
  await expect(page.locator("label.slot").first()).toHaveText(/^\d{2}:\d{2}–\d{2}:\d{2}$/)
  await noHorizontalScroll(page)
  await guard.check("booking: slots")
  await first.check()
  await page.getByRole("button", { name: "Continuer" }).click()

  await page.getByLabel("Prénom").fill("Nadia")
  await page.getByLabel("Nom", { exact: true }).fill("Belkacem")
  await page.getByLabel("Téléphone").fill("0770 11 22 33")
  await page.getByLabel("E-mail").fill(email)
  await page.getByLabel(/Adresse \(rue/).fill("12 rue Larbi Ben M'hidi")
  await page.getByLabel(/Marque de la chaudière/).fill("Saunier Duval")
  await page.getByLabel(/Décrivez la panne/).fill("La chaudière s'allume puis s'arrête, code F28.")
  await page.getByRole("button", { name: "Vérifier ma demande" }).click()

  await expect(page.getByRole("heading", { name: "Vérifiez votre rendez-vous" })).toBeVisible()
  await expect(page.locator(".booking-step .specs")).toContainText("+213770112233")
  await expect(page.getByText(/se règlent au technicien/)).toContainText("2 500 DA")
  await guard.check("booking: review")

  // Someone else takes the slot (every technician of it) while the customer reads the review.
  const zones = (await store("/store/booking/zones")).body.zones as { id: string; handle: string }[]
  const faults = (await store("/store/booking/fault-types")).body.fault_types as { id: string; handle: string }[]
  await takeSlotEverywhere(taken, zones.find((zone) => zone.handle === "alger")!.id, faults.find((fault) => fault.handle === "pas-de-chauffage")!.id)

  await page.getByRole("button", { name: "Confirmer le rendez-vous" }).click()
  await expect(page.locator(".form-message--error")).toHaveText("Ce créneau vient d'être réservé par quelqu'un d'autre : choisissez-en un autre.")
  await expect(page.locator(`input[name=creneau][value="${taken}"]`)).toHaveCount(0)
  const chosen = (await page.locator("input[name=creneau]").first().getAttribute("value"))!
  await page.locator("input[name=creneau]").first().check()
  await page.getByRole("button", { name: "Continuer" }).click()
  // The details are kept: straight on to the review.
  await expect(page.getByLabel("E-mail")).toHaveValue(email)
  await page.getByRole("button", { name: "Vérifier ma demande" }).click()
  await page.getByRole("button", { name: "Confirmer le rendez-vous" }).click()

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre rendez-vous est confirmé")
  await expect(page.getByRole("status")).toContainText(email)
  await expect(page.locator(".specs")).toContainText("12 rue Larbi Ben M'hidi, Alger Centre (16)")
  await expect(page.locator(".specs")).toContainText("Pas de chauffage")
  await expect(page.locator(".specs")).toContainText("2 500 DA")
  await expect(page.locator(".specs")).toContainText("code F28")
  await expect(page.locator(".specs")).toContainText(/\d{2}:\d{2}–\d{2}:\d{2}/)
  await noHorizontalScroll(page)
  await guard.check("booking: confirmation")

  const mail = await mailTo(email)
  expect(mail.subject).toBe("Votre rendez-vous de dépannage est confirmé")
  const ics = mail.attachments.find((attachment) => attachment.filename?.endsWith(".ics"))
  expect(ics?.content.toString("utf8")).toContain(`DTSTART:${chosen.replace(/[-:]/g, "").replace(/\.\d{3}/, "")}`)

  // Move it to a slot of the following week, from the visit page.
  const before = await page.locator(".specs dd").first().textContent()
  await page.getByRole("link", { name: "Semaine suivante" }).first().click()
  await expect(page.getByRole("heading", { name: "Déplacer le rendez-vous" })).toBeVisible()
  await page.locator("input[name=creneau]").first().check()
  await page.getByRole("button", { name: "Déplacer à ce créneau" }).click()
  await expect(page.getByRole("status")).toHaveText("Le rendez-vous est déplacé. Un e-mail avec le nouveau créneau vous a été envoyé.")
  await expect(page.locator(".specs dd").first()).not.toHaveText(before!)
  await guard.check("visit: moved")
  guard.expectClean()
})

test("an Arabic customer books a visit on a phone, entirely in Arabic", async ({ page }) => {
  const guard = new PageGuard(page)
  const email = `hajz.${Date.now()}@example.dz`
  await page.goto("/ar")
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl")
  await page.getByRole("link", { name: "اطلب تدخلا" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("حجز تصليح المرجل")
  await page.getByLabel("الولاية").selectOption("16")
  await page.getByRole("button", { name: "متابعة" }).click()
  await page.getByLabel("البلدية").selectOption("Alger Centre")
  await page.getByRole("button", { name: "متابعة" }).click()
  await page.getByRole("radio", { name: /لا توجد تدفئة/ }).check()
  await page.getByRole("button", { name: "متابعة" }).click()
  await expect(page.locator("label.slot").first()).toHaveText(/^\d{2}:\d{2}–\d{2}:\d{2}$/)
  expect(await frenchLeftOnArabicPage(page)).toEqual([])
  await noHorizontalScroll(page)
  await guard.check("booking ar: slots")
  await page.locator("input[name=creneau]").first().check()
  await page.getByRole("button", { name: "متابعة" }).click()

  await page.getByLabel("الاسم", { exact: true }).fill("سمير")
  await page.getByLabel("اللقب").fill("بن علي")
  await page.getByLabel("الهاتف").fill("0550 12 34 56")
  await page.getByLabel("البريد الإلكتروني").fill(email)
  await page.getByLabel(/العنوان/).fill("حي 500 مسكن، عمارة 3")
  await page.getByLabel(/صفوا العطل/).fill("المرجل لا يشتغل منذ الصباح.")
  await page.getByRole("button", { name: "مراجعة طلبي" }).click()
  // The review step is a new page: wait for it before reading it.
  await expect(page.getByRole("button", { name: "تأكيد الموعد" })).toBeVisible()
  expect(await frenchLeftOnArabicPage(page)).toEqual([])
  await noHorizontalScroll(page)
  await guard.check("booking ar: review")
  await page.getByRole("button", { name: "تأكيد الموعد" }).click()

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("تم تأكيد موعدكم")
  // Times in 24 h with Western digits, isolated left-to-right (never "ص–10:30 ص 09:30").
  await expect(page.locator(".specs bdi[dir=ltr]").first()).toHaveText(/^\d{2}:\d{2}–\d{2}:\d{2}$/)
  expect(await frenchLeftOnArabicPage(page)).toEqual([])
  await noHorizontalScroll(page)
  await guard.check("booking ar: confirmation")
  const mail = await mailTo(email)
  expect(mail.attachments.some((attachment) => attachment.filename?.endsWith(".ics"))).toBe(true)
  guard.expectClean()
})
