/**
 * BaridPay (assisted BaridiMob payment) in the browser. A guest's order page tells how to pay (amount,
 * reference, RIP, QR) and takes the BaridiMob transaction reference (a malformed one refused in words);
 * the office confirms through the admin API and the page shows PAID with the invoice. A logged-in
 * customer's order page in the account shows the same block on a phone, in Arabic.
 * Every page: CSP nonce, no violation, no console error, axe.
 */
import { expect, test, type Page } from "@playwright/test"
import { uniqueEmail } from "./support/checkout-steps"
import { newCustomer } from "./support/customers"
import { adminFetch, adminOrders } from "./support/medusa-admin"
import { downloadedInvoice, placeFromReview, reviewCirculatorOrder } from "./support/order-fixture"
import { PageGuard } from "./support/page-guard"
import { expectFitsThePhone, PHONE } from "./support/phone"
import { frenchLeftOnArabicPage } from "./support/untranslated"

const NBSP = "\u00a0"
const block = (page: Page) => page.locator("section[aria-labelledby=baridpay]")

test("a guest pays with BaridPay, sends the transaction reference, and sees the order paid once the office confirms", async ({ page }) => {
  const guard = new PageGuard(page)
  const email = uniqueEmail("bariza")
  await reviewCirculatorOrder(page, { firstName: "Bariza", lastName: "Ouali", phone: "0550 98 76 54", email })
  await expect(page.locator("section[aria-labelledby=pay-baridpay] .card-payment__amount strong")).toHaveText(`24${NBSP}900${NBSP}DA`)
  await placeFromReview(page, "baridpay")

  // The order waits for the transfer, not for a courier.
  await expect(page.locator(".order-status")).toContainText("en attente du paiement BaridPay")
  await expect(page.locator("main")).not.toContainText("Vous payez à la réception")
  const displayId = (await page.locator(".order-number bdi").textContent())!.replace("#", "").trim()
  const details = block(page).locator(".baridpay__details dd bdi[dir=ltr]")
  await expect(details.nth(0)).toHaveText(`24${NBSP}900${NBSP}DA`)
  await expect(details.nth(1)).toHaveText(new RegExp(`^BP-${displayId}-[A-Z]$`))
  await expect(details.nth(2)).toHaveText(/^[\d ]{20,}$/)
  await expect(block(page).getByRole("img", { name: "QR code BaridPay de MJ Chauffage" })).toBeVisible()
  await guard.check("BaridPay order page")

  const reference = block(page).getByLabel("Référence de la transaction BaridiMob")
  await reference.fill("12")
  await block(page).getByRole("button", { name: "Envoyer la référence" }).click()
  await expect(block(page).getByRole("alert")).toHaveText("La référence de transaction BaridiMob compte de 6 à 32 lettres et chiffres.")
  await reference.fill("BM2026120612345")
  await block(page).getByRole("button", { name: "Envoyer la référence" }).click()
  await expect(block(page).getByRole("status").filter({ hasText: "Référence reçue" })).toBeVisible()
  await page.reload()
  await expect(block(page).getByRole("status")).toHaveText("Nous avons votre référence : le paiement est en cours de vérification.")
  await expect(reference).toHaveValue("BM2026120612345")
  await expect(block(page).getByRole("button", { name: "Corriger la référence" })).toBeVisible()
  await guard.check("BaridPay reference sent")

  // The office sees the money on the CCP account and confirms: the payment is captured, the invoice issued.
  const order = (await adminOrders()).find((candidate) => candidate.email === email)!
  expect(order.payment_status).toBe("authorized")
  await adminFetch(`/admin/baridpay-orders/${order.id}/confirm`, { method: "POST", body: {} })
  const invoice = await downloadedInvoice(page)
  await expect(page.locator(".order-status")).toContainText("payée")
  await expect(block(page).getByRole("status")).toHaveText("Paiement BaridPay reçu : merci, votre commande est payée.")
  await expect(page.locator(".order-summary__total th")).not.toHaveText("Total à payer")
  expect(invoice.fileName).toBe(`facture-${invoice.number}.pdf`)
  expect(invoice.text).toContain(`Facture N° ${invoice.number}`)
  expect(invoice.text).toContain("BaridiMob (BaridPay)")
  await guard.check("BaridPay order paid")
  guard.expectClean()
})

test.describe("on a phone", () => {
  test.use({ viewport: PHONE })

  test("a logged-in customer's BaridPay order in the account, in Arabic: how to pay, the reference sent, its state", async ({ page, context, baseURL }) => {
    const guard = new PageGuard(page)
    const email = uniqueEmail("compte.baridpay")
    // The account's login is the registration tests' business: the session cookie is set as the login page sets it.
    await context.addCookies([{ name: "mj_session", value: await newCustomer(email, "Nadia", "Baridi-Mob-2026-compte"), url: baseURL!, httpOnly: true, sameSite: "Lax" }])
    await reviewCirculatorOrder(page)
    await placeFromReview(page, "baridpay")

    await page.goto("/ar/compte/commandes")
    // The list says what the order waits for: the BaridPay transfer, not the courier's cash.
    await expect(page.locator("tbody tr .order-status")).toHaveText("في انتظار الدفع عبر BaridPay")
    await page.locator("tbody tr a").click()
    await page.waitForURL(/\/ar\/compte\/commandes\/order_/)
    await expect(page.locator(".order-status")).toContainText("في انتظار الدفع عبر BaridPay")
    const displayId = (await page.locator(".order-number bdi").textContent())!.replace("#", "").trim()
    // Numbers and references read left to right inside the Arabic text.
    const details = block(page).locator(".baridpay__details dd bdi[dir=ltr]")
    await expect(details.nth(0)).toHaveText(`24${NBSP}900${NBSP}د.ج`)
    await expect(details.nth(1)).toHaveText(new RegExp(`^BP-${displayId}-[A-Z]$`))
    await expect(block(page).getByRole("img", { name: "رمز QR الخاص بـ BaridPay لـ MJ Chauffage" })).toBeVisible()
    await expectFitsThePhone(page, "account BaridPay order")
    expect(await frenchLeftOnArabicPage(page)).toEqual([])
    await guard.check("account BaridPay order (ar)")

    await block(page).getByLabel("مرجع معاملة بريدي موب").fill("BM2026120699887")
    await block(page).getByRole("button", { name: "إرسال المرجع" }).click()
    await expect(block(page).getByRole("status").filter({ hasText: "تم استلام المرجع" })).toBeVisible()
    await page.reload()
    await expect(block(page).getByRole("status")).toHaveText("لدينا مرجعك: الدفع قيد التحقق.")
    await expect(block(page).getByRole("button", { name: "تصحيح المرجع" })).toBeVisible()
    await expectFitsThePhone(page, "account BaridPay order, reference sent")
    expect(await frenchLeftOnArabicPage(page)).toEqual([])
    await guard.check("account BaridPay reference sent (ar)")
    guard.expectClean()
  })
})
