/**
 * A cash-on-delivery order in Medusa Admin, in Chromium at 1366 px: the office's first reflex, Medusa's
 * own "Create fulfillment", is refused until the order is confirmed by phone, and the dashboard says
 * why (the refusal's sentence in its toast); after the confirmation call the same form fulfils it.
 */
import { expect, test, type Page } from "@playwright/test"
import { logInToDashboard } from "./support/admin-dashboard"
import { uniqueEmail } from "./support/checkout-steps"
import { adminDashboard, adminFetch, adminOrders } from "./support/medusa-admin"
import { placeFromReview, reviewCirculatorOrder } from "./support/order-fixture"

async function createFulfillment(office: Page, orderId: string) {
  // Where the order page's "Fulfill items" leads.
  await office.goto(`${adminDashboard.url()}/orders/${orderId}/fulfillment?requires_shipping=true`)
  // The form fills in the customer's method once its options have loaded; pressing before that is refused by
  // Medusa's own form ("Shipping option is required"), as it would be for a person.
  await expect(office.getByText("Retrait en stop-desk").first()).toBeVisible({ timeout: 90_000 })
  await office.getByRole("button", { name: /create fulfillment/i }).click()
}

const fulfillmentsOf = async (orderId: string) =>
  (await adminFetch<{ order: { fulfillments: Array<{ id: string }> } }>(`/admin/orders/${orderId}?fields=id,fulfillments.id`)).order.fulfillments

test("Medusa's own Create fulfillment waits for the confirmation call, and the dashboard says why", async ({ page, browser }) => {
  test.setTimeout(240_000)
  const email = uniqueEmail("colis")
  await reviewCirculatorOrder(page, { firstName: "Karim", lastName: "Saidi", phone: "0550 12 34 56", email })
  await placeFromReview(page, "cash")
  const order = (await adminOrders()).find((candidate) => candidate.email === email)!

  const office = await browser.newPage({ viewport: { width: 1366, height: 768 } })
  const pageErrors: string[] = []
  office.on("pageerror", (error) => pageErrors.push(error.message))
  await logInToDashboard(office, adminDashboard.email(), adminDashboard.password())

  await createFulfillment(office, order.id)
  await expect(office.getByText("Confirmez d'abord la commande par téléphone avant de l'expédier.")).toBeVisible()
  expect(await fulfillmentsOf(order.id)).toEqual([])

  await adminFetch(`/admin/cod-orders/${order.id}/calls`, { method: "POST", body: { outcome: "confirmed" } })
  await createFulfillment(office, order.id)
  await expect.poll(async () => (await fulfillmentsOf(order.id)).length, { timeout: 30_000 }).toBe(1)
  expect(pageErrors).toEqual([])
})
