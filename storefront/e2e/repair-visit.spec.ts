/**
 * A repair visit booked through the Store API (as the booking pages will), then managed from the
 * link in its confirmation e-mail: the page shows the visit, the calendar file downloads, and the
 * customer cancels it. CSP, console and axe are watched on every page.
 */
import { expect, test } from "@playwright/test"
import { simpleParser } from "mailparser"
import { sinkMessages } from "./support/medusa-admin"
import { PageGuard } from "./support/page-guard"

const medusa = process.env.E2E_MEDUSA_URL ?? "http://localhost:9000"
const storeHeaders = { "x-publishable-api-key": process.env.E2E_PUBLISHABLE_KEY ?? "", "content-type": "application/json" }
const store = async (path: string, init: RequestInit = {}) => {
  const response = await fetch(medusa + path, { ...init, headers: { ...storeHeaders, ...(init.headers ?? {}) } })
  return { status: response.status, body: await response.json() }
}
const algiersDate = (days: number) => new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Algiers" }).format(new Date(Date.now() + days * 86_400_000))

test("a customer opens the visit from the confirmation e-mail, adds it to the calendar and cancels it", async ({ page }) => {
  const guard = new PageGuard(page)
  const email = `visite.${Date.now()}@example.dz`
  const zone = (await store("/store/booking/zones")).body.zones.find((z: { handle: string }) => z.handle === "alger").id
  const fault = (await store("/store/booking/fault-types")).body.fault_types.find((f: { handle: string }) => f.handle === "pas-de-chauffage").id
  const { slots } = (await store(`/store/booking/slots?zone_id=${zone}&fault_type_id=${fault}&from=${algiersDate(1)}&to=${algiersDate(8)}`)).body
  const booking = await store("/store/booking/appointments", {
    method: "POST",
    headers: { "Idempotency-Key": `e2e-${Date.now()}` },
    body: JSON.stringify({
      zone_id: zone,
      fault_type_id: fault,
      starts_at: slots[0].start,
      contact: { first_name: "Leila", last_name: "Amrani", phone: "0770 12 34 56", email },
      address: { address_1: "9 rue Ali Boumendjel", commune: "Alger Centre", wilaya_code: "16" },
      description: "Radiateurs froids, chaudière allumée.",
      locale: "fr",
    }),
  })
  expect(booking.status).toBe(201)

  // The link, as the customer receives it.
  let raw: string | undefined
  await expect.poll(() => (raw = sinkMessages().find((message) => message.includes(email))), { timeout: 30_000 }).toBeTruthy()
  const mail = await simpleParser(raw!)
  expect(mail.subject).toBe("Votre rendez-vous de dépannage est confirmé")
  const link = /https?:\/\/\S+\/fr\/reparation\/rendez-vous\/\S+/.exec(mail.text ?? "")![0]
  const url = new URL(link)

  await page.goto(url.pathname + url.search)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre rendez-vous de dépannage")
  await expect(page.locator(".order-status")).toContainText("confirmé")
  await expect(page.locator(".specs")).toContainText("9 rue Ali Boumendjel, Alger Centre (16)")
  await expect(page.locator(".specs")).toContainText("Pas de chauffage")
  await guard.check("visit")

  const calendar = await page.request.get(await page.getByRole("link", { name: "Ajouter à mon agenda" }).getAttribute("href") ?? "")
  expect(calendar.headers()["content-type"]).toContain("text/calendar")
  expect(await calendar.text()).toContain(`UID:${booking.body.appointment.id}@mj-chauffage.dz`)

  await page.getByRole("button", { name: "Annuler le rendez-vous" }).click()
  await expect(page.locator("textarea[name=reason]")).toBeFocused()
  await page.locator("textarea[name=reason]").fill("La chaudière repart")
  await page.getByRole("button", { name: "Annuler le rendez-vous" }).click()
  // The page shows the visit as it now is: cancelled, with the reason given, and no form.
  await expect(page.locator(".order-status")).toContainText("annulé")
  await expect(page.locator(".specs")).toContainText("La chaudière repart")
  await expect(page.getByRole("button", { name: "Annuler le rendez-vous" })).toHaveCount(0)
  await page.reload()
  await expect(page.locator(".order-status")).toContainText("annulé")
  await guard.check("visit cancelled")
  guard.expectClean()

  // A forged token opens nothing.
  await page.goto(`/fr/reparation/rendez-vous/${booking.body.appointment.id}?token=forged`)
  await expect(page.locator("main [role=alert]")).toContainText("n'est pas valide")
})
