/**
 * Chargily Pay v2 end to end, against the Chargily simulator (a real HTTP server speaking Chargily's
 * API through the official SDK) and the real Medusa app on PostgreSQL: a signed webhook places the
 * order once, a forged signature, a replayed event and a paid checkout of another amount change
 * nothing, and twenty duplicate webhooks at once give one capture and one order. A paid checkout that
 * cannot become the order is mailed to the customer once and listed for the office, which records it
 * given back from Chargily's dashboard (a manager, who and when; a technician kept out). A checkout
 * opens only after the pay step's captcha, SATIM's, each answer once (whichever gateway used it), and a
 * cart opens at most three checkouts per 15 minutes, like SATIM's card pages.
 */
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CHARGILY_MODULE } from "@mj-chauffage/payments-dz/modules/chargily"
import { SATIM_MODULE } from "@mj-chauffage/payments-dz/modules/satim"
import { solvePaymentChallenge } from "@mj-chauffage/payments-dz/lib/card/captcha"
import { SEED_PRODUCTS } from "../../src/scripts/seed/catalogue"
import { staffUser } from "../helpers/admin-headers"
import { useChargilySimulator } from "../helpers/chargily-simulator"
import { useMailSink } from "../helpers/mail-sink"
import { ALGIERS_ADDRESS, payAndComplete, variantOf } from "../helpers/store-fixture"
import { shopSuite } from "../helpers/shop-suite"

jest.setTimeout(240_000)

const CHARGILY = "pp_chargily_chargily"
const simulator = useChargilySimulator()
// The per-client limit reads the shopper's address the storefront forwards (the per-cart test uses its own).
process.env.TRUSTED_PROXIES = "loopback"
// The order's confirmation e-mail goes somewhere; the refund notice is read there.
const mail = useMailSink()

/** Waits for something the app does after answering (a subscriber), checking every 100 ms for up to 20 s. */
async function waitFor(condition: () => Promise<boolean>) {
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 100))) {
    if (await condition()) return
  }
  throw new Error("timed out waiting for the condition")
}

type Answer = { status: number; data: Record<string, unknown> }
type ChargilyRecords = {
  listChargilyCheckouts(
    filter: Record<string, unknown>
  ): Promise<Array<{
      id: string
      status: string
      order_id: string | null
      checkout_id: string | null
      refund_reason: string | null
      refunded_by: string | null
      refunded_at: Date | null
      captcha_signature: string | null
    }>>
}

shopSuite(({ api, getContainer, shop, securityLog }) => {
  const { headers } = shop
  const plentiful = SEED_PRODUCTS.find((product) => product.variants.length === 1 && product.variants[0]!.stock >= 20)!

  // Each checkout comes from its own shopper unless a test says otherwise (the per-client ceiling counts SATIM's pages too).
  let shoppers = 0
  const shopper = () => `198.51.100.${(shoppers++ % 250) + 1}`

  /** What the pay step's widget does: fetch this cart's challenge, solve it, submit the answer. */
  async function captchaFor(cartId: string, client = shopper()) {
    const { data: challenge } = await api.get(`/store/card/captcha?cart_id=${cartId}`, { headers: { ...headers, "x-forwarded-for": client } })
    const solution = await solvePaymentChallenge(challenge)
    return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64")
  }

  /** "Pay with Chargily": the answer given (or a fresh one solved), from a shopper the storefront forwards; any status answered. */
  const open = async (cartId: string, { captcha, client = shopper(), locale = "fr", method = "cib" }: { captcha?: string; client?: string; locale?: string; method?: string } = {}): Promise<Answer & { headers: Record<string, string> }> =>
    api.post(
      "/store/chargily/checkouts",
      { cart_id: cartId, locale, payment_method: method, captcha: captcha ?? (await captchaFor(cartId, client)) },
      { headers: { ...headers, "x-forwarded-for": client }, validateStatus: () => true }
    )

  /** A cart with an address and home delivery, its payment session on Chargily. */
  async function chargilyCart() {
    const { data: created } = await api.post("/store/carts", { region_id: shop.regionId, email: "client@example.dz" }, { headers })
    const cartId: string = created.cart.id
    await api.post(`/store/carts/${cartId}/line-items`, { variant_id: await variantOf(api, headers, plentiful.handle), quantity: 1 }, { headers })
    await api.post(`/store/carts/${cartId}`, { shipping_address: ALGIERS_ADDRESS, billing_address: ALGIERS_ADDRESS }, { headers })
    const { data: shipped } = await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shop.homeOptionId }, { headers })
    const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers })
    await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: CHARGILY }, { headers })
    return { cartId, total: shipped.cart.total as number }
  }

  /** A Chargily cart whose checkout is opened at the simulator (the captcha solved). */
  async function chargilyCheckout() {
    const { cartId, total } = await chargilyCart()
    const { data, status } = await open(cartId)
    expect(status).toBe(201)
    const checkoutId = new URL((data.checkout as { checkout_url: string }).checkout_url).pathname.split("/").pop()!
    return { cartId, total, checkoutId, reference: (data.checkout as { reference: string }).reference }
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
  /** A cart's checkouts and their states, in a fixed order. */
  const checkoutsOf = async (cartId: string) =>
    (await records().listChargilyCheckouts({ cart_id: cartId })).map((checkout) => [checkout.id, checkout.status]).sort()

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

  it("opens a checkout only after the pay step's captcha: missing, garbled, another cart's or used answers are refused before Chargily is asked", async () => {
    const { cartId } = await chargilyCart()
    const asked = simulator().calls.length
    const missing = await api.post("/store/chargily/checkouts", { cart_id: cartId, locale: "fr", payment_method: "cib" }, { headers, validateStatus: () => true })
    expect(missing).toMatchObject({ status: 400, data: { code: "invalid_request" } })
    expect(await open(cartId, { captcha: "bm90IGFuIGFuc3dlcg==" })).toMatchObject({ status: 400, data: { code: "captcha_invalid" } })
    const other = await chargilyCart()
    expect(await open(cartId, { captcha: await captchaFor(other.cartId) })).toMatchObject({ status: 400, data: { code: "captcha_invalid" } })
    expect(simulator().calls.length).toBe(asked)
    expect(await checkoutsOf(cartId)).toEqual([])

    const answer = await captchaFor(cartId)
    const opened = await open(cartId, { captcha: answer })
    expect(opened.status).toBe(201)
    const [record] = await records().listChargilyCheckouts({ cart_id: cartId })
    expect(record!.captcha_signature).toBe(JSON.parse(Buffer.from(answer, "base64").toString("utf8")).challenge.signature)
    const askedOnce = simulator().calls.length
    expect(await open(cartId, { captcha: answer })).toMatchObject({ status: 400, data: { code: "captcha_used" } })
    // Two tabs sending one fresh answer at the same moment: one checkout.
    const fresh = await captchaFor(cartId)
    const [first, second] = await Promise.all([open(cartId, { captcha: fresh }), open(cartId, { captcha: fresh })])
    expect([first.status, second.status].sort()).toEqual([201, 400])
    expect([first, second].find((answer) => answer.status === 400)).toMatchObject({ data: { code: "captcha_used" } })
    expect(await checkoutsOf(cartId)).toHaveLength(2)
    // Since the first checkout, Chargily created one more (the fresh answer's): none for the refused requests.
    expect(simulator().calls.slice(askedOnce).filter((call) => call === "POST checkouts")).toHaveLength(1)
  })

  it("an answer that opened a SATIM card page opens no Chargily checkout: one captcha, one card page, whichever gateway", async () => {
    const { cartId } = await chargilyCart()
    const answer = await captchaFor(cartId)
    const signature = JSON.parse(Buffer.from(answer, "base64").toString("utf8")).challenge.signature as string
    // SATIM's start workflow recorded its card page with this answer (SATIM is not configured in this file).
    await getContainer()
      .resolve<{ createSatimPayments(data: object): Promise<unknown> }>(SATIM_MODULE)
      .createSatimPayments({ order_number: `CAPTCHA${Date.now()}`, cart_id: cartId, payment_session_id: "payses_captcha", amount_centimes: 100_000, language: "FR", status: "declined", captcha_signature: signature })
    const asked = simulator().calls.length
    expect(await open(cartId, { captcha: answer })).toMatchObject({ status: 400, data: { code: "captcha_used" } })
    expect(simulator().calls.length).toBe(asked)
    expect(await checkoutsOf(cartId)).toEqual([])
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
  it("a cart opens at most three checkouts per 15 minutes: the fourth is 429 card_page_limit with Retry-After, Chargily not asked", async () => {
    const { cartId } = await chargilyCheckout()
    const again = (captcha?: string) => open(cartId, { captcha, locale: "ar", method: "edahabia" })
    // A challenge solved while the cart could still open checkouts (none is handed out past the limit).
    const solvedEarlier = await captchaFor(cartId)
    for (let page = 0; page < 2; page++) expect((await again()).status).toBe(201)
    expect(await api.get(`/store/card/captcha?cart_id=${cartId}`, { headers, validateStatus: () => true })).toMatchObject({ status: 429, data: { code: "card_page_limit" } })
    const before = await checkoutsOf(cartId)
    const fourth = await again(solvedEarlier)
    expect(fourth).toMatchObject({ status: 429, data: { code: "card_page_limit" } })
    const retryAfter = Number(fourth.headers["retry-after"])
    expect(retryAfter).toBeGreaterThan(14 * 60)
    expect(retryAfter).toBeLessThanOrEqual(15 * 60)
    // Refused before anything is closed: the page the customer still has open stays payable.
    const after = await checkoutsOf(cartId)
    expect(after).toEqual(before)
    expect(after.filter(([, status]) => status === "awaiting_payment")).toHaveLength(1)
  })

  it("SATIM's card pages and Chargily's checkouts count together: two SATIM pages and one checkout leave none, on either gateway", async () => {
    const client = { headers: { ...headers, "x-forwarded-for": "203.0.113.81" }, validateStatus: () => true }
    const { cartId } = await chargilyCheckout()
    const solvedEarlier = await captchaFor(cartId)
    // Two card pages SATIM opened for this cart (declined), as its start workflow records them.
    await getContainer()
      .resolve<{ createSatimPayments(data: object[]): Promise<unknown> }>(SATIM_MODULE)
      .createSatimPayments(
        [1, 2].map((page) => ({ order_number: `LIMIT${Date.now()}${page}`, cart_id: cartId, payment_session_id: "payses_limit", amount_centimes: 100_000, language: "FR", status: "declined" }))
      )
    const before = await checkoutsOf(cartId)
    const checkout = await open(cartId, { captcha: solvedEarlier, client: "203.0.113.81" })
    expect(checkout).toMatchObject({ status: 429, data: { code: "card_page_limit" } })
    expect(Number(checkout.headers["retry-after"])).toBeGreaterThan(14 * 60)
    expect(await checkoutsOf(cartId)).toEqual(before)
    const challenge = await api.get(`/store/card/captcha?cart_id=${cartId}`, client)
    expect(challenge).toMatchObject({ status: 429, data: { code: "card_page_limit" } })
  })

  it("a payment to give back is mailed once, listed for the office, and recorded refunded by a manager; a technician is kept out", async () => {
    const manager = await staffUser(getContainer(), "gerant-chargily@mj-chauffage.dz", "manager")
    const technician = await staffUser(getContainer(), "tech-chargily@mj-chauffage.dz", "technician")
    const as = (headers: Record<string, string>) => ({ headers, validateStatus: () => true })

    // Paid on Chargily's page in another tab, then ordered cash on delivery: the payment is to give back.
    const paidMeanwhile = await chargilyCheckout()
    await simulator().act(paidMeanwhile.checkoutId, "pay")
    await payAndComplete(api, headers, paidMeanwhile.cartId)
    await waitFor(async () => (await records().listChargilyCheckouts({ checkout_id: paidMeanwhile.checkoutId }))[0]!.status === "refund_due")
    const [due] = await records().listChargilyCheckouts({ checkout_id: paidMeanwhile.checkoutId })
    const [order] = await ordersOfCart(paidMeanwhile.cartId)

    const [notice] = await mail.mailsMatching((sent) => Boolean(sent.text?.includes(paidMeanwhile.checkoutId)))
    expect(notice!.subject).toMatch(/vous sera remboursé/)
    expect(notice!.text).toContain("sous 7 jours ouvrés")

    const listed = await api.get("/admin/chargily/refunds", as(manager.headers))
    expect(listed.status).toBe(200)
    expect(listed.data.checkouts.find((row: { id: string }) => row.id === due!.id)).toMatchObject({
      checkout_id: paidMeanwhile.checkoutId,
      order_id: order!.order_id,
      email: "client@example.dz",
      amount: paidMeanwhile.total,
      refund_reason: "already_ordered",
      due_since: expect.any(String),
    })
    const panel = await api.get(`/admin/chargily/checkouts?order_id=${order!.order_id}`, as(manager.headers))
    expect(panel.data.checkouts.map((row: { id: string; status: string }) => [row.id, row.status])).toContainEqual([due!.id, "refund_due"])

    expect((await api.get("/admin/chargily/refunds", as(technician.headers))).status).toBe(403)
    expect((await api.post(`/admin/chargily/checkouts/${due!.id}/refunded`, {}, as(technician.headers))).status).toBe(403)
    expect((await records().listChargilyCheckouts({ id: due!.id }))[0]!.status).toBe("refund_due")

    const before = Date.now()
    const marked = await api.post(`/admin/chargily/checkouts/${due!.id}/refunded`, {}, as(manager.headers))
    expect(marked).toMatchObject({ status: 200, data: { checkout: { status: "refunded_manually", refunded_by: manager.userId } } })
    const [recorded] = await records().listChargilyCheckouts({ id: due!.id })
    expect(recorded).toMatchObject({ status: "refunded_manually", refunded_by: manager.userId })
    expect(new Date(recorded!.refunded_at!).getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(securityLog().find((line) => line.event === "chargily_refunded_manually" && line.checkout_id === paidMeanwhile.checkoutId)).toMatchObject({ actor: manager.userId })

    // A second click (another tab) changes nothing.
    const again = await api.post(`/admin/chargily/checkouts/${due!.id}/refunded`, {}, as(manager.headers))
    expect(again).toMatchObject({ status: 409, data: { code: "chargily_not_refund_due" } })
    const unknown = await api.post("/admin/chargily/checkouts/chkpay_unknown/refunded", {}, as(manager.headers))
    expect(unknown).toMatchObject({ status: 404, data: { code: "chargily_checkout_unknown" } })

    const open = await api.get("/admin/chargily/refunds", as(manager.headers))
    expect(open.data.checkouts.map((row: { id: string }) => row.id)).not.toContain(due!.id)
    const done = await api.get("/admin/chargily/refunds?status=refunded_manually", as(manager.headers))
    expect(done.data.checkouts.find((row: { id: string }) => row.id === due!.id)).toMatchObject({ refunded_by_email: "gerant-chargily@mj-chauffage.dz" })

    // The customer was told once.
    const notices = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ resource_id: due!.id })
    expect(notices).toHaveLength(1)
  })
})
