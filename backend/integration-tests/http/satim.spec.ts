/**
 * Card payment through SATIM end to end, against the SATIM simulator (a real HTTP server speaking
 * SATIM's protocol) and the real Medusa app on PostgreSQL: the card page, the return settled from
 * SATIM's order id alone, declines, concurrency, forged sessions, stock gone after payment, the
 * closed-tab path settled by the reconciliation job, and refunds from the admin.
 */
import { TestEventUtils } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules, OrderWorkflowEvents, PaymentEvents } from "@medusajs/framework/utils"
import { reconcileSatimPayments } from "@mj-chauffage/payments-dz/jobs/reconcile-satim-payments"
import { solvePaymentChallenge } from "@mj-chauffage/payments-dz/lib/card/captcha"
import { TEST_CARDS } from "../../../scripts/lib/satim-simulator/test-cards"
import { SEED_PRODUCTS } from "../../src/scripts/seed/catalogue"
import { adminHeaders } from "../helpers/admin-headers"
import { useMailSink } from "../helpers/mail-sink"
import { TEST_STOREFRONT_URL, payOnCardPage, useSatimSimulator } from "../helpers/satim-simulator"
import { ALGIERS_ADDRESS, payAndComplete, variantOf } from "../helpers/store-fixture"
import { shopSuite } from "../helpers/shop-suite"

jest.setTimeout(240_000)

const SATIM = "pp_satim_satim"
const card = (label: string) => Object.entries(TEST_CARDS).find(([, behaviour]) => behaviour.label === label)![0]
// The test process is the storefront here: loopback is trusted to forward each shopper's address.
const simulator = useSatimSimulator({ SATIM_TIMEOUT_MS: "2000", TRUSTED_PROXIES: "loopback" })
const mailSink = useMailSink()

/** The e-mail whose subject is `subject`, once the sink has it. */
const mailWithSubject = async (subject: string) => (await mailSink.mailsMatching((mail) => mail.subject === subject))[0]!

type Failure = { response: { status: number; data: { message: string; type?: string; code?: string }; headers: Record<string, string> } }
const refusal = (error: Failure) => error.response

/** Waits for something the app does after answering (a subscriber), checking every 100 ms for up to 20 s. */
async function waitFor(condition: () => Promise<boolean>) {
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 100))) {
    if (await condition()) return
  }
  throw new Error("timed out waiting for the condition")
}

shopSuite(({ api, getContainer, shop }) => {
  const { headers } = shop
  let admin: { headers: Record<string, string> }
  const plentiful = SEED_PRODUCTS.find((product) => product.variants.length === 1 && product.variants[0]!.stock >= 20)!
  const scarce = SEED_PRODUCTS.find((product) => product.variants.length === 1 && product.variants[0]!.stock === 2)!

  // Everything the app hands its logger during this file, whatever LOG_LEVEL lets through.
  const logCalls: jest.SpyInstance[] = []
  const captchaAnswers: string[] = []

  beforeAll(async () => {
    const container = getContainer()
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER) as unknown as Record<string, (...args: unknown[]) => unknown>
    for (const method of ["debug", "info", "warn", "error", "log", "activity", "progress", "success", "failure", "panic"] as const) {
      if (typeof logger[method] === "function") logCalls.push(jest.spyOn(logger, method))
    }
    admin = { headers: await adminHeaders(container) }
  })

  /** A cart with an address and home delivery, its payment session on SATIM; `data` is what a storefront could send. */
  async function cardCart(handle = plentiful.handle, quantity = 1, data?: Record<string, unknown>) {
    const { data: created } = await api.post("/store/carts", { region_id: shop.regionId, email: "client@example.dz" }, { headers })
    const cartId: string = created.cart.id
    await api.post(`/store/carts/${cartId}/line-items`, { variant_id: await variantOf(api, headers, handle), quantity }, { headers })
    await api.post(`/store/carts/${cartId}`, { shipping_address: ALGIERS_ADDRESS, billing_address: ALGIERS_ADDRESS }, { headers })
    const { data: shipped } = await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shop.homeOptionId }, { headers })
    const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers })
    await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: SATIM, ...(data ? { data } : {}) }, { headers })
    return { cartId, total: shipped.cart.total as number }
  }

  // Each card page comes from its own shopper unless a test says otherwise (the per-client ceilings are tested alone).
  let shoppers = 0
  const shopper = () => `198.51.100.${(shoppers++ % 250) + 1}`
  /** What the pay step's widget does: fetch this cart's challenge, solve it, submit the answer. */
  async function captchaFor(cartId: string, client = shopper()) {
    const { data: challenge } = await api.get(`/store/card/captcha?cart_id=${cartId}`, { headers: { ...headers, "x-forwarded-for": client } })
    const solution = await solvePaymentChallenge(challenge)
    const answer = Buffer.from(JSON.stringify({ challenge, solution })).toString("base64")
    captchaAnswers.push(answer)
    return answer
  }
  const start = async (cartId: string, locale = "fr", captcha?: string, client = shopper()) =>
    api.post("/store/satim/payments", { cart_id: cartId, locale, captcha: captcha ?? (await captchaFor(cartId, client)) }, { headers: { ...headers, "x-forwarded-for": client } })
  /** What the storefront does each time "pay by card" is pressed: a fresh card session on the cart. */
  const newCardSession = async (cartId: string) => {
    const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers })
    await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: SATIM }, { headers })
  }
  const attemptsOf = async (cartId: string) =>
    (await (getContainer().resolve("satim") as { listSatimPayments: (filter: object, config?: object) => Promise<Array<Record<string, any>>> }).listSatimPayments({ cart_id: cartId }, { order: { created_at: "ASC" } })) // eslint-disable-line @typescript-eslint/no-explicit-any
  const callsFor = (endpoint: string, satimOrderId: string) => simulator().calls.filter((call) => call.endpoint === endpoint && (call.params.orderId ?? call.params.mdOrder) === satimOrderId)
  const satimOrderIdOf = (formUrl: string) => new URL(formUrl).searchParams.get("mdOrder")!
  const capturesOf = async (orderId: string) => {
    const { data } = await api.get(`/admin/orders/${orderId}?fields=payment_collections.payments.provider_id,payment_collections.payments.captures.amount`, admin)
    return data.order.payment_collections.flatMap((collection: { payments: Array<{ provider_id: string; captures: unknown[] }> }) => collection.payments.flatMap((payment) => payment.captures.map(() => payment.provider_id)))
  }
  const registerCalls = () => simulator().calls.filter((call) => call.endpoint === "register.do").length
  const settle = (orderId: string) => api.post("/store/satim/payments/settle", { order_id: orderId }, { headers })
  const completedAt = async (cartId: string) => (await api.get(`/store/carts/${cartId}?fields=completed_at`, { headers })).data.cart.completed_at

  it("offers card payment on the Algeria region", async () => {
    const { data } = await api.get(`/store/payment-providers?region_id=${shop.regionId}`, { headers })
    expect(data.payment_providers.map((provider: { id: string }) => provider.id)).toEqual(expect.arrayContaining(["pp_cod_cod", SATIM]))
  })

  it("a paid checkout: register, card page, return settled from SATIM's order id; the order is placed and captured once", async () => {
    const { cartId, total } = await cardCart()
    const { status, data } = await start(cartId)
    expect(status).toBe(201)
    const register = simulator().calls.filter((call) => call.endpoint === "register.do").at(-1)!
    expect(register.params).toMatchObject({ amount: String(total * 100), currency: "012", language: "FR", orderNumber: data.payment.order_number })
    expect(register.params.orderNumber).toMatch(/^\d{10}$/)
    expect(JSON.parse(register.params.jsonParams!)).toEqual({ force_terminal_id: "E010900001", udf1: data.payment.order_number })
    expect(register.params.returnUrl).toBe(`${TEST_STOREFRONT_URL}/fr/paiement/carte`)
    expect(JSON.stringify(simulator().calls)).not.toContain("simulateur-satim") // the password is never logged

    const paid = await payOnCardPage(data.payment.form_url, card("success"))
    expect(paid.page).toContain(`${total.toFixed(2)} DZD`)
    expect(paid.location.startsWith(`${TEST_STOREFRONT_URL}/fr/paiement/carte?orderId=`)).toBe(true)

    // The receipt (PDF) route only reads: nothing settled yet, so nothing to show, and SATIM is not asked.
    const callsBefore = simulator().calls.length
    expect((await api.get(`/store/satim/payments/receipt?order_id=${paid.orderId}`, { headers }).catch(refusal)).data).toMatchObject({ code: "card_payment_unknown" })
    expect(simulator().calls.length).toBe(callsBefore)

    const { data: settled } = await settle(paid.orderId)
    // One question to SATIM per settlement: authorising the order does not ask again.
    const asked = simulator().calls.slice(callsBefore).filter((call) => (call.params.orderId ?? call.params.mdOrder) === paid.orderId)
    expect(asked.map((call) => call.endpoint)).toEqual(["public/acknowledgeTransaction.do"])
    expect(settled.payment).toMatchObject({
      status: "paid",
      order_number: data.payment.order_number,
      satim_order_id: paid.orderId,
      amount: total,
      currency_code: "dzd",
      approval_code: expect.stringMatching(/^\d{6}$/),
      response_description: "Votre paiement a été accepté",
      card: "628058**6712",
      means: "CIB / Edahabia",
      toll_free_number: "3020",
      paid_at: expect.any(String),
    })
    expect(settled.payment.order_id).toMatch(/^order_/)

    const { data: order } = await api.get(`/admin/orders/${settled.payment.order_id}?fields=total,payment_status,payment_collections.payments.*,payment_collections.payments.captures.*`, admin)
    expect(order.order.total).toBe(total)
    expect(order.order.payment_status).toBe("captured")
    const payments = order.order.payment_collections.flatMap((collection: { payments: unknown[] }) => collection.payments)
    expect(payments).toHaveLength(1)
    expect(payments[0]).toMatchObject({ provider_id: SATIM, amount: total })
    expect(payments[0].captures).toHaveLength(1)

    // The receipt by e-mail, once, with the certification fields.
    const receipt = await mailWithSubject(`Reçu de votre paiement par carte n° ${data.payment.order_number} — MJ Chauffage`)
    for (const line of [`Numéro de transaction SATIM : ${paid.orderId}`, `Code d'autorisation : ${settled.payment.approval_code}`, "Carte : 628058**6712", "Numéro vert SATIM : 3020"]) {
      expect(receipt.text).toContain(line)
    }

    // A second return (reload) answers the same receipt and places nothing more.
    const { data: again } = await settle(paid.orderId)
    expect(again.payment.order_id).toBe(settled.payment.order_id)

    // Once paid, the receipt route reads the same receipt without asking SATIM.
    const callsAfter = simulator().calls.length
    const { data: read } = await api.get(`/store/satim/payments/receipt?order_id=${paid.orderId}`, { headers })
    expect(read.payment).toEqual(settled.payment)
    expect(simulator().calls.length).toBe(callsAfter)
  })

  it("the customer changed the cart in another tab after paying: the deposit (for the old amount) is refunded, never the new order's payment", async () => {
    const { cartId, total } = await cardCart()
    const { data: first } = await start(cartId)
    const paid = await payOnCardPage(first.payment.form_url, card("success"))
    // Another tab adds a part, then presses pay: a fresh card session for the new total.
    await api.post(`/store/carts/${cartId}/line-items`, { variant_id: await variantOf(api, headers, plentiful.handle), quantity: 1 }, { headers })
    await newCardSession(cartId)
    const { data } = await settle(paid.orderId)
    expect(data.payment).toMatchObject({ status: "refunded", refund_reason: "replaced", amount: total })
    expect(callsFor("refund.do", paid.orderId)).toHaveLength(1)
    expect(await completedAt(cartId)).toBeFalsy()
  })

  it("a failure after SATIM registered the page undoes it: reverse.do at SATIM, the attempt failed", async () => {
    const { cartId } = await cardCart()
    const callsBefore = simulator().calls.length
    const held = simulator().holdNext("register.do")
    const starting = start(cartId).catch(refusal)
    await held.received
    // While SATIM answers, the customer switches to cash on delivery: the card session is gone when its page is written on it.
    const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers })
    await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_cod_cod" }, { headers })
    held.release()
    const answer = await starting
    expect(answer.status).toBeGreaterThanOrEqual(400)
    expect(answer.status).toBeLessThan(500)
    const [attempt] = await attemptsOf(cartId)
    expect(attempt).toMatchObject({ status: "register_failed" })
    const registered = simulator().calls.filter((call) => call.endpoint === "register.do" && call.params.orderNumber === attempt!.order_number)
    expect(registered).toHaveLength(1)
    // The page SATIM registered is closed there: it can no longer take money.
    const reversed = simulator().calls.slice(callsBefore).filter((call) => call.endpoint === "reverse.do")
    expect(reversed).toHaveLength(1)
    const { data: satimStatus } = await fetch(`${simulator().baseUrl}/getOrderStatus.do`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ userName: simulator().credentials.userName, password: simulator().credentials.password, orderId: reversed[0]!.params.orderId! }),
    }).then(async (response) => ({ data: (await response.json()) as { OrderStatus?: number } }))
    expect(satimStatus.OrderStatus).toBe(3)
  })

  it("twenty simultaneous returns for one payment: one capture, one order", async () => {
    const { cartId } = await cardCart()
    const { data } = await start(cartId)
    const paid = await payOnCardPage(data.payment.form_url, card("success"))
    const answers = await Promise.all(Array.from({ length: 20 }, () => settle(paid.orderId).catch(refusal)))
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(200))
    const orderIds = new Set(answers.map((answer) => (answer.data as { payment: { order_id: string } }).payment.order_id))
    expect(orderIds.size).toBe(1)
    const [orderId] = [...orderIds]
    const { data: order } = await api.get(`/admin/orders/${orderId}?fields=payment_collections.payments.captures.*`, admin)
    const captures = order.order.payment_collections.flatMap((collection: { payments: Array<{ captures: unknown[] }> }) => collection.payments.flatMap((payment) => payment.captures))
    expect(captures).toHaveLength(1)
    const { data: links } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
    expect(links).toHaveLength(1)
    // One receipt e-mail, not twenty: the notification is keyed by the payment, and only one was recorded.
    const subject = `Reçu de votre paiement par carte n° ${data.payment.order_number} — MJ Chauffage`
    await mailWithSubject(subject)
    const [attempt] = await attemptsOf(cartId)
    const notifications = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ resource_id: attempt!.id })
    expect(notifications.map((notification) => (notification as { idempotency_key?: string }).idempotency_key)).toEqual([`card-payment-receipt-${attempt!.id}`])
    expect(await mailSink.mailsMatching((mail) => mail.subject === subject)).toHaveLength(1)
    expect(await completedAt(cartId)).toBeTruthy()
  })

  it("a declined card: nothing ordered, the bank's words shown; a blocked card: the fixed rejected message with 3020", async () => {
    const { cartId } = await cardCart()
    const { data } = await start(cartId)
    const declined = await payOnCardPage(data.payment.form_url, card("insufficient funds"))
    const { data: answer } = await settle(declined.orderId)
    expect(answer.payment).toMatchObject({ status: "declined", decline_message: "Solde insuffisant", order_id: null, paid_at: null })
    expect(await completedAt(cartId)).toBeFalsy()

    // The customer tries again on the same cart with another card.
    const { data: retry } = await start(cartId, "ar")
    expect(retry.payment.order_number).not.toBe(data.payment.order_number)
    const rejected = await payOnCardPage(retry.payment.form_url, card("blocked card"))
    const { data: rejectedAnswer } = await settle(rejected.orderId)
    expect(rejectedAnswer.payment.status).toBe("rejected")
    for (const language of ["ar", "fr", "en"]) expect(rejectedAnswer.payment.rejected_message[language]).toContain("3020")
    expect(await completedAt(cartId)).toBeFalsy()
  })

  it("a payment cannot be faked: session data sent by a storefront is ignored, the browser's query string decides nothing", async () => {
    // A real, paid SATIM payment of a cheap cart…
    const cheap = await cardCart()
    const { data } = await start(cheap.cartId)
    const paid = await payOnCardPage(data.payment.form_url, card("success"))
    // …claimed by another cart through the session data a storefront may send.
    const forged = { session_id: "payses_x", satim_order_id: paid.orderId, order_number: data.payment.order_number, amount_centimes: cheap.total * 100, language: "FR" }
    const { cartId } = await cardCart(plentiful.handle, 3, forged)
    const completion = await api.post(`/store/carts/${cartId}/complete`, {}, { headers }).catch(refusal)
    expect(completion.status).toBe(400)
    expect(await completedAt(cartId)).toBeFalsy()
    // Completing the cart directly, before any payment, is refused the same way.
    const unpaid = await cardCart()
    await start(unpaid.cartId)
    expect((await api.post(`/store/carts/${unpaid.cartId}/complete`, {}, { headers }).catch(refusal)).status).toBe(400)
    // An order id SATIM never gave us is unknown.
    expect((await settle("00000000-0000-0000-0000-000000000000").catch(refusal)).status).toBe(404)
  })

  it("stock gone while the customer paid: the payment is refunded in full at once, the return answers 'refunded' and an e-mail says so", async () => {
    const { cartId, total } = await cardCart(scarce.handle, 2)
    const { data } = await start(cartId)
    const paid = await payOnCardPage(data.payment.form_url, card("success"))
    // Meanwhile another customer buys the last two, cash on delivery.
    const other = await api.post("/store/carts", { region_id: shop.regionId, email: "autre@example.dz" }, { headers })
    const otherId = other.data.cart.id
    await api.post(`/store/carts/${otherId}/line-items`, { variant_id: await variantOf(api, headers, scarce.handle), quantity: 2 }, { headers })
    await api.post(`/store/carts/${otherId}`, { shipping_address: ALGIERS_ADDRESS, billing_address: ALGIERS_ADDRESS }, { headers })
    await api.post(`/store/carts/${otherId}/shipping-methods`, { option_id: shop.homeOptionId }, { headers })
    expect((await payAndComplete(api, headers, otherId)).type).toBe("order")

    const { data: answer } = await settle(paid.orderId)
    expect(answer.payment).toMatchObject({ status: "refunded", order_id: null })
    const refunds = simulator().calls.filter((call) => call.endpoint === "refund.do" && call.params.orderId === paid.orderId)
    expect(refunds.map((call) => call.params.amount)).toEqual([String(total * 100)])
    expect(await completedAt(cartId)).toBeFalsy()
    const notice = await mailWithSubject(`Paiement n° ${data.payment.order_number} remboursé — MJ Chauffage`)
    expect(notice.text).toContain("aucune commande n'a été passée")

    // The parts come back in stock: completing the cart now must not take the refunded deposit as its payment.
    const variantId = await variantOf(api, headers, scarce.handle)
    const { data: items } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "variant", fields: ["inventory_items.inventory_item_id"], filters: { id: variantId } })
    const inventoryItemId = (items[0] as { inventory_items: Array<{ inventory_item_id: string }> }).inventory_items[0]!.inventory_item_id
    const inventory = getContainer().resolve(Modules.INVENTORY)
    const [level] = await inventory.listInventoryLevels({ inventory_item_id: inventoryItemId })
    await inventory.updateInventoryLevels([{ inventory_item_id: inventoryItemId, location_id: level!.location_id, stocked_quantity: Number(level!.stocked_quantity) + 2 }])
    try {
      await api.post(`/store/carts/${cartId}/complete`, {}, { headers }).catch(refusal)
      expect(await completedAt(cartId)).toBeFalsy()
    } finally {
      await inventory.updateInventoryLevels([{ inventory_item_id: inventoryItemId, location_id: level!.location_id, stocked_quantity: Number(level!.stocked_quantity) }])
    }
  })

  it("SATIM's callback settles a payment whose customer never came back, once; an unknown one is a 404", async () => {
    const { cartId } = await cardCart()
    const { data } = await start(cartId)
    const paid = await payOnCardPage(data.payment.form_url, card("success"))
    // No publishable key, no session: SATIM's server calls it. Its own fields decide nothing.
    const callback = (query: string) => api.get(`/hooks/satim?${query}`).catch(refusal)
    const first = await callback(`mdOrder=${paid.orderId}&orderNumber=${data.payment.order_number}&operation=deposited&status=1`)
    expect(first).toMatchObject({ status: 200, data: { status: "paid" } })
    expect(await completedAt(cartId)).toBeTruthy()
    const confirmations = () => simulator().calls.filter((call) => call.params.mdOrder === paid.orderId || call.params.orderId === paid.orderId).length
    const asked = confirmations()
    // A repeated callback: the settled payment is answered as it is, SATIM is not asked again.
    const again = await callback(`mdOrder=${paid.orderId}&operation=deposited&status=1`)
    expect(again).toMatchObject({ status: 200, data: { status: "paid" } })
    expect(confirmations()).toBe(asked)
    const { data: links } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
    expect(links).toHaveLength(1)
    expect((await callback("mdOrder=00000000-0000-0000-0000-000000000000")).status).toBe(404)
    expect((await callback("operation=deposited")).status).toBe(400)
  })

  it("the tab closed after paying: the reconciliation job places the order", async () => {
    const { cartId } = await cardCart()
    const { data } = await start(cartId)
    await payOnCardPage(data.payment.form_url, card("success"))
    const container = getContainer()
    // Too early: the customer may still come back.
    expect((await reconcileSatimPayments(container, new Date())).settled).toBe(0)
    const report = await reconcileSatimPayments(container, new Date(Date.now() + 16 * 60_000))
    expect(report.settled).toBeGreaterThanOrEqual(1)
    expect(await completedAt(cartId)).toBeTruthy()
  })

  it("a card page never paid in a day is closed by the reconciliation job: reversed at SATIM, the attempt declined", async () => {
    const { cartId } = await cardCart()
    const { data } = await start(cartId)
    const satimOrderId = satimOrderIdOf(data.payment.form_url)
    const report = await reconcileSatimPayments(getContainer(), new Date(Date.now() + 25 * 3600_000))
    expect(report.abandoned).toBeGreaterThanOrEqual(1)
    expect(callsFor("reverse.do", satimOrderId)).toHaveLength(1)
    const [attempt] = await attemptsOf(cartId)
    expect(attempt).toMatchObject({ status: "declined", failure: "Abandoned: never paid within 24 hours" })
    expect((await fetch(data.payment.form_url)).status).toBe(404)
    expect(await completedAt(cartId)).toBeFalsy()
  })

  it("refunds from the admin reach SATIM: partial, then the rest; more than what is left is refused; the order's SATIM panel lists them with who and when; each refund gets a credit note", async () => {
    const { cartId, total } = await cardCart()
    const { data } = await start(cartId)
    const paid = await payOnCardPage(data.payment.form_url, card("success"))
    const eventBus = getContainer().resolve(Modules.EVENT_BUS)
    // Paid before the order exists: the order is invoiced when it is placed (plugins/invoicing).
    const invoiced = TestEventUtils.waitSubscribersExecution(OrderWorkflowEvents.PLACED, eventBus)
    const { data: settled } = await settle(paid.orderId)
    await invoiced
    // The order page's SATIM widget refunds through the card payment its route names.
    const panel = async () => (await api.get(`/admin/satim/payments?order_id=${settled.payment.order_id}`, admin)).data
    const before = await panel()
    expect(before.card_payment).toMatchObject({ id: expect.stringMatching(/^pay_/), captured: total, refunded: 0, refundable: total })
    const paymentId = before.card_payment.id
    const credited = TestEventUtils.waitSubscribersExecution(PaymentEvents.REFUNDED, eventBus)
    await api.post(`/admin/payments/${paymentId}/refund`, { amount: 1000 }, admin)
    await credited
    const tooMuch = await api.post(`/admin/payments/${paymentId}/refund`, { amount: total }, admin).catch(refusal)
    expect(tooMuch.status).toBe(400)
    expect((await panel()).card_payment).toMatchObject({ refunded: 1000, refundable: total - 1000 })
    const creditedRest = TestEventUtils.waitSubscribersExecution(PaymentEvents.REFUNDED, eventBus)
    await api.post(`/admin/payments/${paymentId}/refund`, { amount: total - 1000 }, admin)
    await creditedRest
    // The invoice (card at payment), then a credit note per refund, in the same series, in centimes.
    const { data: documents } = await api.get(`/admin/invoices?order_id=${settled.payment.order_id}`, admin)
    expect(documents.invoices.map((document: { kind: string; total_ttc: number }) => [document.kind, document.total_ttc])).toEqual([
      ["invoice", total * 100],
      ["credit_note", 100_000],
      ["credit_note", (total - 1000) * 100],
    ])
    const sequences = documents.invoices.map((document: { number: string }) => Number(document.number.split("-")[1]))
    expect(sequences).toEqual([sequences[0], sequences[0] + 1, sequences[0] + 2])
    const refunds = simulator().calls.filter((call) => call.endpoint === "refund.do" && call.params.orderId === paid.orderId)
    expect(refunds.map((call) => call.params.amount)).toEqual(["100000", String((total - 1000) * 100)])
    // What the widget shows: the attempt, and each refund with when and by whom.
    const office = await panel()
    expect(office.card_payment).toMatchObject({ refunded: total, refundable: 0 })
    expect(office.payments).toEqual([expect.objectContaining({ status: "paid", satim_order_id: paid.orderId, approval_code: settled.payment.approval_code })])
    expect(office.refunds.map((refund: { amount: number }) => refund.amount).sort((a: number, b: number) => a - b)).toEqual([1000, total - 1000].sort((a, b) => a - b))
    for (const refund of office.refunds) expect(refund).toMatchObject({ created_by: expect.stringMatching(/^user_/), created_by_email: "bureau@mj-chauffage.dz", created_at: expect.any(String) })
    expect((await api.get(`/admin/satim/payments?order_id=${settled.payment.order_id}`).catch(refusal)).status).toBe(401)
  })

  it("the captcha: SATIM is never asked without a valid answer; an answer opens one payment only", async () => {
    const { cartId } = await cardCart()
    const before = registerCalls()
    const missing = await api.post("/store/satim/payments", { cart_id: cartId, locale: "fr" }, { headers }).catch(refusal)
    expect(missing.status).toBe(400)
    const garbled = await start(cartId, "fr", "bm90IGFuIGFuc3dlcg==").catch(refusal)
    expect(garbled.status).toBe(400)
    expect(garbled.data.message).toBe("The anti-robot check is not valid any more: tick it again, then pay.")
    const other = await cardCart()
    const forOtherCart = await start(cartId, "fr", await captchaFor(other.cartId)).catch(refusal)
    expect(forOtherCart.status).toBe(400)
    expect(registerCalls()).toBe(before)

    const answer = await captchaFor(cartId)
    expect((await start(cartId, "fr", answer)).status).toBe(201)
    const replayed = await start(cartId, "fr", answer).catch(refusal)
    expect(replayed.status).toBe(400)
    expect(replayed.data.message).toBe("This anti-robot check was already used: tick it again, then pay.")
    expect(registerCalls()).toBe(before + 1)
  })

  it("bad requests get clear 4xx answers; SATIM unreachable leaves a failed attempt and nothing half-written", async () => {
    const { cartId } = await cardCart()
    const badLocale = await start(cartId, "de").catch(refusal)
    expect(badLocale.status).toBe(400)
    expect(badLocale.data.message).toBe("Invalid request: Expected: 'fr, ar' for field 'locale', but got: 'de'")

    const { data: created } = await api.post("/store/carts", { region_id: shop.regionId }, { headers })
    await api.post(`/store/carts/${created.cart.id}/line-items`, { variant_id: await variantOf(api, headers, plentiful.handle), quantity: 1 }, { headers })
    const noSession = await start(created.cart.id).catch(refusal)
    expect(noSession.status).toBe(400)
    expect(noSession.data.message).toBe("Choose card payment (CIB / Edahabia) for this cart first.")

    simulator().setDelay(3000)
    try {
      const down = await start(cartId).catch(refusal)
      expect(down.status).toBe(422)
      expect(down.data.message).toContain("did not accept the payment")
    } finally {
      simulator().setDelay(0)
    }
    const satim = getContainer().resolve("satim") as { listSatimPayments: (filter: object) => Promise<Array<{ status: string; failure: string }>> }
    const attempts = await satim.listSatimPayments({ cart_id: cartId })
    expect(attempts).toEqual([expect.objectContaining({ status: "register_failed", failure: expect.stringContaining("timeout") })])
    // The session was left empty: the cart can still be paid once SATIM answers again.
    const { status } = await start(cartId)
    expect(status).toBe(201)
  })

  it("one live card page per cart: opening a new one closes the previous at SATIM (reverse.do), which can no longer be paid", async () => {
    const { cartId } = await cardCart()
    const { data: first } = await start(cartId)
    const { data: second } = await start(cartId)
    const firstId = satimOrderIdOf(first.payment.form_url)
    expect(callsFor("reverse.do", firstId)).toHaveLength(1)
    expect((await fetch(first.payment.form_url)).status).toBe(404)
    const attempts = await attemptsOf(cartId)
    expect(attempts.map((attempt) => attempt.status)).toEqual(["superseded", "awaiting_card"])
    expect(attempts[0]!.decided_at).toBeTruthy()
    // The live page pays and becomes the order.
    const paid = await payOnCardPage(second.payment.form_url, card("success"))
    expect((await settle(paid.orderId)).data.payment).toMatchObject({ status: "paid", order_id: expect.stringMatching(/^order_/) })
  })

  it("two card pages paid for one cart (SATIM could not close the first): one order, one capture, the other deposit refunded, e-mailed and shown to the office", async () => {
    const { cartId, total } = await cardCart()
    const { data: first } = await start(cartId)
    // SATIM has an outage when the second page opens: the first cannot be closed and stays watched.
    simulator().failNext("reverse.do")
    const { data: second } = await start(cartId)
    const [watched] = await attemptsOf(cartId)
    expect(watched).toMatchObject({ status: "superseded", decided_at: null })
    // The customer pays in both tabs.
    const paidFirst = await payOnCardPage(first.payment.form_url, card("success"))
    const paidSecond = await payOnCardPage(second.payment.form_url, card("success"))
    // The live page's return places the order.
    const { data: kept } = await settle(paidSecond.orderId)
    expect(kept.payment).toMatchObject({ status: "paid", order_id: expect.stringMatching(/^order_/) })
    expect(kept.order_token).toMatch(/^v1\./)
    expect(kept.payment.cart_id).toBeUndefined()
    // Nobody comes back to the first tab: the reconciliation job finds it paid and refunds it.
    const report = await reconcileSatimPayments(getContainer(), new Date(Date.now() + 16 * 60_000))
    expect(report.failed).toBe(0)
    const [refunded] = await attemptsOf(cartId)
    expect(refunded).toMatchObject({ status: "refunded", refund_reason: "already_ordered", refunded_centimes: total * 100, order_id: null })
    expect(callsFor("refund.do", paidFirst.orderId).map((call) => call.params.amount)).toEqual([String(total * 100)])
    expect(callsFor("refund.do", paidSecond.orderId)).toHaveLength(0)
    expect(await capturesOf(kept.payment.order_id)).toEqual([SATIM])
    // Its return page, later, says it was refunded and why; nothing more is asked of SATIM.
    const refunds = simulator().calls.filter((call) => call.endpoint === "refund.do").length
    expect((await settle(paidFirst.orderId)).data).toMatchObject({ payment: { status: "refunded", refund_reason: "already_ordered", order_id: null }, order_token: null })
    expect(simulator().calls.filter((call) => call.endpoint === "refund.do").length).toBe(refunds)
    // The customer is told, with a link to the order that stands.
    const notice = await mailWithSubject(`Paiement n° ${first.payment.order_number} remboursé — MJ Chauffage`)
    expect(notice.text).toContain("ce second paiement")
    expect(notice.text).toContain(`${TEST_STOREFRONT_URL}/fr/commande?token=`)
    // The office sees both on the order's SATIM panel.
    const { data: panel } = await api.get(`/admin/satim/payments?order_id=${kept.payment.order_id}`, admin)
    expect(panel.payments.map((row: { status: string; refund_reason?: string }) => [row.status, row.refund_reason ?? null])).toEqual([
      ["paid", null],
      ["refunded", "already_ordered"],
    ])
  })

  it("no card page opens for a cart completion would refuse (delivery chosen for another wilaya): nobody pays to be refunded", async () => {
    const { cartId } = await cardCart()
    await api.post(`/store/carts/${cartId}`, { shipping_address: { ...ALGIERS_ADDRESS, province: "31", city: "Oran", postal_code: undefined } }, { headers })
    await newCardSession(cartId)
    const before = registerCalls()
    const refused = await start(cartId).catch(refusal)
    expect(refused).toMatchObject({ status: 400, data: { code: "delivery_for_another_wilaya" } })
    expect(registerCalls()).toBe(before)
  })

  it("paid, but SATIM's redirect never came back: pressing pay again opens no second page and sends the customer to the receipt; the order is placed", async () => {
    const { cartId, total } = await cardCart()
    const { data: first } = await start(cartId)
    const paid = await payOnCardPage(first.payment.form_url, card("success"))
    // The storefront opens a fresh card session each time pay is pressed.
    await newCardSession(cartId)
    const before = registerCalls()
    const again = await start(cartId)
    expect(again.status).toBe(200)
    expect(again.data.payment).toEqual({ already_paid: true, form_url: `${TEST_STOREFRONT_URL}/fr/paiement/carte?orderId=${paid.orderId}` })
    expect(registerCalls()).toBe(before)
    // That return page settles it: the paid page becomes the order, on the fresh session.
    const { data } = await settle(paid.orderId)
    expect(data.payment).toMatchObject({ status: "paid", order_id: expect.stringMatching(/^order_/) })
    expect(callsFor("refund.do", paid.orderId)).toHaveLength(0)
    expect(callsFor("reverse.do", paid.orderId)).toHaveLength(0)
    expect(await capturesOf(data.payment.order_id)).toEqual([SATIM])
    const { data: order } = await api.get(`/admin/orders/${data.payment.order_id}?fields=total`, admin)
    expect(order.order.total).toBe(total)
  })

  it("a second try that fails (captcha) after a fresh session: the page still open in the first tab pays and becomes the order", async () => {
    const { cartId } = await cardCart()
    const { data: first } = await start(cartId)
    await newCardSession(cartId)
    expect((await start(cartId, "fr", "bm90IGFuIGFuc3dlcg==").catch(refusal)).status).toBe(400)
    const paid = await payOnCardPage(first.payment.form_url, card("success"))
    const { data } = await settle(paid.orderId)
    expect(data.payment).toMatchObject({ status: "paid", order_id: expect.stringMatching(/^order_/) })
    expect(callsFor("refund.do", paid.orderId)).toHaveLength(0)
  })

  it("an old tab's card page paid after the cart was ordered cash on delivery: refunded at once, the cash-on-delivery order untouched", async () => {
    const { cartId, total } = await cardCart()
    const { data } = await start(cartId)
    const paid = await payOnCardPage(data.payment.form_url, card("success"))
    // Meanwhile, in the first tab, the customer goes back and pays on delivery.
    const placed = await payAndComplete(api, headers, cartId)
    expect(placed.type).toBe("order")
    // Placing the order closes the cart's card pages; this one was already paid: it is refunded.
    const notice = await mailWithSubject(`Paiement n° ${data.payment.order_number} remboursé — MJ Chauffage`)
    expect(notice.text).toContain("Votre commande n'est pas modifiée")
    const [attempt] = await attemptsOf(cartId)
    expect(attempt).toMatchObject({ status: "refunded", refund_reason: "already_ordered", order_id: null })
    expect(callsFor("refund.do", paid.orderId).map((call) => call.params.amount)).toEqual([String(total * 100)])
    const { data: order } = await api.get(`/admin/orders/${placed.order.id}?fields=total,payment_status,payment_collections.payments.provider_id`, admin)
    expect(order.order).toMatchObject({ total, payment_status: "authorized" })
    expect(order.order.payment_collections.flatMap((collection: { payments: Array<{ provider_id: string }> }) => collection.payments.map((payment) => payment.provider_id))).toEqual(["pp_cod_cod"])
    // The old tab's return page says so.
    expect((await settle(paid.orderId)).data.payment).toMatchObject({ status: "refunded", refund_reason: "already_ordered" })
  })

  it("an unpaid card page of a cart ordered cash on delivery is closed at SATIM", async () => {
    const { cartId } = await cardCart()
    const { data } = await start(cartId)
    const satimOrderId = satimOrderIdOf(data.payment.form_url)
    await payAndComplete(api, headers, cartId)
    await waitFor(async () => (await attemptsOf(cartId))[0]!.status === "superseded")
    expect(callsFor("reverse.do", satimOrderId)).toHaveLength(1)
    expect((await fetch(data.payment.form_url)).status).toBe(404)
  })

  it("card-page flood: challenges only for an open, payable cart of this shop; 3 card pages per cart per 15 minutes, 10 per client, 30 challenges per client, then 429 with Retry-After", async () => {
    let lastCart = ""
    const challenge = (cartId: string) => api.get(`/store/card/captcha?cart_id=${encodeURIComponent(cartId)}`, { headers }).catch(refusal)
    expect(await challenge("cart_01JANYTHINGATALL0000000000")).toMatchObject({ status: 404, data: { code: "cart_not_found" } })
    const { data: empty } = await api.post("/store/carts", { region_id: shop.regionId }, { headers })
    expect(await challenge(empty.cart.id)).toMatchObject({ status: 400, data: { code: "cart_not_payable" } })
    const ordered = await cardCart()
    await payAndComplete(api, headers, ordered.cartId)
    expect(await challenge(ordered.cartId)).toMatchObject({ status: 400, data: { code: "cart_already_ordered" } })

    // Per cart: the fourth page within 15 minutes is refused, and so is its challenge.
    const { cartId } = await cardCart()
    for (let page = 0; page < 3; page++) expect((await start(cartId)).status).toBe(201)
    const before = registerCalls()
    const fourth = await start(cartId).catch(refusal)
    expect(fourth).toMatchObject({ status: 429, data: { code: "card_page_limit" } })
    const retryAfter = Number((fourth as unknown as { headers: Record<string, string> }).headers["retry-after"])
    expect(retryAfter).toBeGreaterThan(14 * 60)
    expect(retryAfter).toBeLessThanOrEqual(15 * 60)
    expect((await challenge(cartId)).status).toBe(429)
    expect(registerCalls()).toBe(before)

    // Per client, whatever the cart: ten card pages opened, then 429 (refused requests do not count);
    // another shopper forwarded by the storefront is not affected.
    const flooder = "203.0.113.66"
    expect((await start(cartId, "fr", "bm90IGFuIGFuc3dlcg==", flooder).catch(refusal)).status).toBe(400)
    for (let page = 0; page < 10; page++) {
      const cart = page % 3 === 0 ? (await cardCart()).cartId : lastCart
      lastCart = cart
      expect((await start(cart, "fr", undefined, flooder)).status).toBe(201)
    }
    const another = await cardCart()
    const blocked = await start(another.cartId, "fr", await captchaFor(another.cartId, "203.0.113.99"), flooder).catch(refusal)
    expect(blocked).toMatchObject({ status: 429, data: { code: "card_page_client_limit" } })
    expect(Number((blocked as unknown as { headers: Record<string, string> }).headers["retry-after"])).toBeGreaterThan(0)
    expect((await start(another.cartId, "fr", undefined, "203.0.113.67")).status).toBe(201)

    // Challenges cost the server a proof-of-work try each: thirty per client per window, at the
    // captcha's address and at its former one (/store/satim/captcha) together.
    const asker = { headers: { ...headers, "x-forwarded-for": "203.0.113.70" } }
    for (let challenge = 0; challenge < 30; challenge++) {
      const gateway = challenge % 2 ? "satim" : "card"
      expect((await api.get(`/store/${gateway}/captcha?cart_id=${another.cartId}`, asker)).status).toBe(200)
    }
    expect((await api.get(`/store/card/captcha?cart_id=${another.cartId}`, asker).catch(refusal))).toMatchObject({ status: 429, data: { code: "card_challenge_client_limit" } })
  })

  // Last in the file: what every test above made the app log.
  it("logs never hold SATIM's password, a full card number, a captcha answer or an admin token", () => {
    const logged = logCalls.flatMap((spy) => spy.mock.calls.map((args: unknown[]) => args.map((arg) => (arg instanceof Error ? `${arg.message} ${arg.stack}` : typeof arg === "string" ? arg : JSON.stringify(arg))).join(" ")))
    expect(logged.length).toBeGreaterThan(0)
    const secrets = [
      simulator().credentials.password,
      ...Object.keys(TEST_CARDS),
      ...captchaAnswers,
      admin.headers.authorization!.replace(/^Bearer /, ""),
    ]
    for (const line of logged) for (const secret of secrets) expect(line.includes(secret) ? `${secret} in: ${line}` : "clean").toBe("clean")
  })
})
