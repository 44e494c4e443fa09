/**
 * Chargily Pay v2 end to end, against the Chargily simulator (a real HTTP server speaking Chargily's
 * API through the official SDK) and the real Medusa app on PostgreSQL: a signed webhook places the
 * order once, a forged signature, a replayed event and a paid checkout of another amount change
 * nothing, and twenty duplicate webhooks at once give one capture and one order.
 */
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CHARGILY_MODULE } from "@mj-chauffage/payments-dz/modules/chargily"
import { SEED_PRODUCTS } from "../../src/scripts/seed/catalogue"
import { useChargilySimulator } from "../helpers/chargily-simulator"
import { useMailSink } from "../helpers/mail-sink"
import { ALGIERS_ADDRESS, payAndComplete, variantOf } from "../helpers/store-fixture"
import { shopSuite } from "../helpers/shop-suite"

jest.setTimeout(240_000)

const CHARGILY = "pp_chargily_chargily"
const simulator = useChargilySimulator()
// The order's confirmation e-mail goes somewhere.
useMailSink()

/** Waits for something the app does after answering (a subscriber), checking every 100 ms for up to 20 s. */
async function waitFor(condition: () => Promise<boolean>) {
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 100))) {
    if (await condition()) return
  }
  throw new Error("timed out waiting for the condition")
}

type Answer = { status: number; data: Record<string, unknown> }
type ChargilyRecords = {
  listChargilyCheckouts(filter: Record<string, unknown>): Promise<Array<{ status: string; order_id: string | null; checkout_id: string | null; refund_reason: string | null }>>
}

shopSuite(({ api, getContainer, shop }) => {
  const { headers } = shop
  const plentiful = SEED_PRODUCTS.find((product) => product.variants.length === 1 && product.variants[0]!.stock >= 20)!

  /** A cart with an address and home delivery, paying with Chargily; its checkout opened at the simulator. */
  async function chargilyCheckout() {
    const { data: created } = await api.post("/store/carts", { region_id: shop.regionId, email: "client@example.dz" }, { headers })
    const cartId: string = created.cart.id
    await api.post(`/store/carts/${cartId}/line-items`, { variant_id: await variantOf(api, headers, plentiful.handle), quantity: 1 }, { headers })
    await api.post(`/store/carts/${cartId}`, { shipping_address: ALGIERS_ADDRESS, billing_address: ALGIERS_ADDRESS }, { headers })
    const { data: shipped } = await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shop.homeOptionId }, { headers })
    const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers })
    await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: CHARGILY }, { headers })
    const { data, status } = await api.post("/store/chargily/checkouts", { cart_id: cartId, locale: "fr", payment_method: "cib" }, { headers })
    expect(status).toBe(201)
    const checkoutId = new URL(data.checkout.checkout_url).pathname.split("/").pop()!
    return { cartId, total: shipped.cart.total as number, checkoutId, reference: data.checkout.reference as string }
  }

  const webhook = (body: string, signature: string): Promise<Answer> =>
    api.post("/hooks/chargily", body, { headers: { "content-type": "application/json", signature }, validateStatus: () => true })

  async function ordersOfCart(cartId: string) {
    const { data } = await getContainer()
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
    return data as Array<{ order_id: string }>
  }

  async function capturesOfOrder(orderId: string) {
    const { data } = await getContainer()
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "order", fields: ["payment_collections.payments.provider_id", "payment_collections.payments.captures.id"], filters: { id: orderId } })
    const payments = (data[0] as { payment_collections: Array<{ payments: Array<{ provider_id: string; captures: unknown[] }> }> }).payment_collections.flatMap((c) => c.payments)
    return { payments, captures: payments.flatMap((payment) => payment.captures) }
  }

  const records = () => getContainer().resolve<ChargilyRecords>(CHARGILY_MODULE)

  it("offers Chargily on the region, and a signed webhook places the order once; its replay changes nothing", async () => {
    const { data } = await api.get(`/store/payment-providers?region_id=${shop.regionId}`, { headers })
    expect(data.payment_providers.map((provider: { id: string }) => provider.id)).toContain(CHARGILY)

    const { cartId, checkoutId, total, reference } = await chargilyCheckout()
    expect(simulator().checkouts.get(checkoutId)).toMatchObject({ amount: total, currency: "dzd", payment_method: "cib", status: "pending" })
    expect(simulator().checkouts.get(checkoutId)!.success_url).toMatch(new RegExp(`/fr/paiement/chargily\\?ref=${reference}$`))
    const { event } = await simulator().act(checkoutId, "pay")

    const first = await webhook(event.body, event.signature)
    expect(first).toMatchObject({ status: 200, data: { received: true, duplicate: false, status: "paid" } })
    const orders = await ordersOfCart(cartId)
    expect(orders).toHaveLength(1)
    const [record] = await records().listChargilyCheckouts({ checkout_id: checkoutId })
    expect(record).toMatchObject({ status: "paid", order_id: orders[0]!.order_id })

    // The same signed event again (a retry or a replay): acknowledged, nothing asked of Chargily, nothing placed.
    const asked = simulator().calls.length
    const replay = await webhook(event.body, event.signature)
    expect(replay).toMatchObject({ status: 200, data: { duplicate: true } })
    expect(simulator().calls.length).toBe(asked)
    expect(await ordersOfCart(cartId)).toHaveLength(1)

    // The customer's return reads the same payment: paid, the order's number.
    const { data: back } = await api.post("/store/chargily/checkouts/settle", { reference }, { headers })
    expect(back.payment).toMatchObject({ status: "paid", amount: total })
    expect(typeof back.payment.shop_order_number).toBe("number")
  })

  it("refuses a forged signature before reading the body, and never pays a checkout of another amount", async () => {
    const { cartId, checkoutId } = await chargilyCheckout()
    await simulator().act(checkoutId, "pay")
    const { body, signature } = simulator().signedEvent(checkoutId)
    const asked = simulator().calls.length

    const forged = await webhook(body, signature.replace(/^./, (c) => (c === "0" ? "1" : "0")))
    expect(forged).toMatchObject({ status: 401, data: { code: "chargily_signature_invalid" } })
    const unsigned = await webhook(body, "")
    expect(unsigned.status).toBe(401)
    // A signature of another body (the amount changed on the way) does not match this one.
    const tampered = await webhook(body.replace(/"amount":\d+/, '"amount":50'), signature)
    expect(tampered.status).toBe(401)
    expect(simulator().calls.length).toBe(asked)
    expect(await ordersOfCart(cartId)).toHaveLength(0)

    // Chargily itself says paid, but for another amount: recorded as a mismatch, no order.
    const other = await chargilyCheckout()
    simulator().tamper(other.checkoutId, { status: "paid", amount: other.total - 100 })
    const event = simulator().signedEvent(other.checkoutId)
    const answer = await webhook(event.body, event.signature)
    expect(answer).toMatchObject({ status: 200, data: { status: "mismatch" } })
    expect(await ordersOfCart(other.cartId)).toHaveLength(0)
  })

  it("twenty duplicate webhooks at once give one capture and one order", async () => {
    const { cartId, checkoutId } = await chargilyCheckout()
    const { event } = await simulator().act(checkoutId, "pay")
    // Ten copies of the one event, and ten other events about the same checkout (Chargily's retries get new ids).
    const deliveries = [...Array.from({ length: 10 }, () => event), ...Array.from({ length: 10 }, () => simulator().signedEvent(checkoutId))]
    const answers = await Promise.all(deliveries.map((delivery) => webhook(delivery.body, delivery.signature)))
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(200))
    expect(answers.filter((answer) => answer.data.duplicate === true).length).toBeGreaterThanOrEqual(9)

    const orders = await ordersOfCart(cartId)
    expect(orders).toHaveLength(1)
    const { payments, captures } = await capturesOfOrder(orders[0]!.order_id)
    expect(payments.map((payment) => payment.provider_id)).toEqual([CHARGILY])
    expect(captures).toHaveLength(1)
  })

  it("a cart ordered cash on delivery closes its Chargily checkout; one paid meanwhile is marked to be given back", async () => {
    const open = await chargilyCheckout()
    await payAndComplete(api, headers, open.cartId)
    await waitFor(async () => simulator().checkouts.get(open.checkoutId)!.status === "expired")
    await waitFor(async () => (await records().listChargilyCheckouts({ checkout_id: open.checkoutId }))[0]!.status === "superseded")

    // Paid on Chargily's page in another tab, then ordered cash on delivery before any webhook came.
    const paidMeanwhile = await chargilyCheckout()
    await simulator().act(paidMeanwhile.checkoutId, "pay")
    await payAndComplete(api, headers, paidMeanwhile.cartId)
    await waitFor(async () => (await records().listChargilyCheckouts({ checkout_id: paidMeanwhile.checkoutId }))[0]!.status === "refund_due")
    const [record] = await records().listChargilyCheckouts({ checkout_id: paidMeanwhile.checkoutId })
    expect(record).toMatchObject({ refund_reason: "already_ordered", order_id: null })
    const [order] = await ordersOfCart(paidMeanwhile.cartId)
    expect((await capturesOfOrder(order!.order_id)).payments.map((payment) => payment.provider_id)).toEqual(["pp_cod_cod"])
  })
})
