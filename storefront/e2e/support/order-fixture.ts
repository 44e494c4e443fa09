/**
 * The order the payment specs buy and what the office does to it: the circulator (24 500 DA) to an
 * Algiers stop-desk (400 DA) through the French checkout, placed with a method that places the order
 * at once (cash on delivery, BaridPay); the office's steps through the admin API; the invoice PDF.
 */
import { execFileSync } from "node:child_process"
import { expect, type Page } from "@playwright/test"
import { chooseStopDesk, chooseWilayaAndCommune, fillContact, searchFor, type Buyer } from "./checkout-steps"
import { adminFetch } from "./medusa-admin"

export const CIRCULATOR = { query: "S1068 900", title: "Circulateur Saunier Duval Thema Condens" }

/** The pay forms of the review step that place the order at once, and their buttons. */
const PLACE_AT_ONCE = {
  cash: { section: "pay-cash", button: "Confirmer la commande" },
  baridpay: { section: "pay-baridpay", button: "Commander et payer avec BaridiMob" },
} as const

/** The circulator in the cart, from a search by its part number (French). */
export async function circulatorInCart(page: Page) {
  await page.goto("/fr")
  await searchFor(page, CIRCULATOR.query)
  await page.getByRole("link", { name: CIRCULATOR.title }).first().click()
  await page.getByRole("button", { name: "Ajouter au panier" }).click()
  await expect(page.getByRole("status").filter({ hasText: "ajouté au panier" })).toBeVisible()
}

/**
 * On the checkout's first step: the details to an Algiers stop-desk, up to the review step. A guest
 * gives `buyer`; a logged-in customer's details come from the account.
 */
export async function checkoutToReview(page: Page, buyer?: Buyer) {
  if (buyer) await fillContact(page, buyer)
  await chooseWilayaAndCommune(page, "16", "Alger Centre")
  await chooseStopDesk(page)
  await page.getByRole("button", { name: "Vérifier la commande" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre commande")
}

/** The circulator from the shop's home to the review step. */
export async function reviewCirculatorOrder(page: Page, buyer?: Buyer) {
  await circulatorInCart(page)
  await page.goto("/fr/caisse")
  await checkoutToReview(page, buyer)
}

/** From the review step: accepts the conditions in the method's form and places the order; lands on its page. */
export async function placeFromReview(page: Page, method: keyof typeof PLACE_AT_ONCE) {
  const form = page.locator(`section[aria-labelledby=${PLACE_AT_ONCE[method].section}]`)
  await form.getByRole("checkbox").check()
  await form.getByRole("button", { name: PLACE_AT_ONCE[method].button }).click()
  await page.waitForURL(/\/fr\/commande\?token=/)
}

/** The office's cash-on-delivery life cycle: confirmed by phone, shipped, cash collected (the payment is captured). */
export async function collectCashOnDelivery(orderId: string) {
  for (const [action, body] of [["calls", { outcome: "confirmed" }], ["ship", { carrier: "Yalidine", tracking_number: "YAL-E2E-1" }], ["collect", {}]] as const) {
    await adminFetch(`/admin/cod-orders/${orderId}/${action}`, { method: "POST", body })
  }
}

/**
 * The order page's invoice, once the office has the money: it is issued by a subscriber after the
 * capture's answer, so the page shows it at a later load. Downloads it; its number and text (pdftotext).
 */
export async function downloadedInvoice(page: Page): Promise<{ number: string; fileName: string; text: string }> {
  const invoiceLink = page.getByRole("link", { name: /^Facture \d{4}-\d{6}$/ })
  await expect(async () => {
    await page.reload()
    await expect(invoiceLink).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 20_000 })
  const number = (await invoiceLink.textContent())!.replace("Facture", "").trim()
  const [download] = await Promise.all([page.waitForEvent("download"), invoiceLink.click()])
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", await download.path(), "-"], { encoding: "utf8" })
  return { number, fileName: download.suggestedFilename(), text }
}
