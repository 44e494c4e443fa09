import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse, WorkflowResponse, createStep, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { chargilyAmountRefusal, type ChargilyAmountRefusal } from "../../lib/chargily/amount"
import type { ChargilyPaymentMethod } from "../../lib/chargily/checkout-status"
import { EMPTY_CHARGILY_SESSION_DATA, chargilySessionRegistration } from "../../lib/chargily/session-data"
import { CHARGILY_PROVIDER_ID } from "../../lib/provider-ids"
import { CHARGILY_MODULE } from "../../modules/chargily"
import type ChargilyModuleService from "../../modules/chargily/service"
import { captchaUsedError, checkCardCaptchaStep, isCaptchaReuse } from "../card/steps/check-card-captcha"
import { limitCardPagesStep } from "../card/steps/limit-card-pages"
import { cardCartLock } from "../card/cart-lock"

/**
 * Opens a Chargily checkout for a cart whose payment session is Chargily's, after the pay step's
 * captcha (the one SATIM's card page asks for: an answer opens one card page, whichever gateway's):
 * the checkout is recorded first, with the answer's signature, then created at Chargily, then written
 * on the session (which authorisation checks). A failure undoes the earlier steps. Under the cart's
 * lock (shared with settlement and SATIM) the cart's earlier checkouts are asked about first: one already paid means no new checkout (the customer goes to its
 * return page, which places the order); then the cart's allowance of CARD_PAGES_PER_CART checkouts per
 * window is checked (lib/card/card-page-limit.ts), before anything is closed: a refused request leaves
 * the page the customer has open payable; then the others are expired at Chargily and a new one opens.
 */
export type StartChargilyCheckoutInput = { cart_id: string; locale: "fr" | "ar"; payment_method: ChargilyPaymentMethod; captcha: string }

type ChargilySession = { session_id: string; amount: number; currency_code: string }

const AMOUNT_REFUSED: Record<ChargilyAmountRefusal, string> = {
  cart_not_payable: "This cart has no amount Chargily can take (whole dinars only).",
  card_amount_too_small: "Online payment starts at 50 DA.",
  card_amount_too_large: "This amount is too large for an online payment: please call us.",
}

const findSessionStep = createStep("find-chargily-session", async (input: StartChargilyCheckoutInput, { container }) => {
  const {
    data: [cart],
  } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "completed_at", "payment_collection.payment_sessions.*"],
    filters: { id: input.cart_id },
  })
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This cart does not exist.", refusal("cart_not_found"))
  if (cart.completed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This cart has already been ordered.", refusal("cart_already_ordered"))
  const session = (cart.payment_collection?.payment_sessions ?? []).find(
    (candidate: { provider_id: string; status: string } | null) => candidate?.provider_id === CHARGILY_PROVIDER_ID && candidate.status === "pending"
  )
  if (!session) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Choose online payment (Chargily) for this cart first.", refusal("chargily_session_missing"))
  if (session.currency_code.toLowerCase() !== "dzd") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Online payment is in Algerian dinars only.", refusal("card_currency_not_dzd"))
  const amount = Number(session.amount)
  const amountRefusal = chargilyAmountRefusal(amount)
  if (amountRefusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, AMOUNT_REFUSED[amountRefusal], amountRefusal)
  return new StepResponse<ChargilySession>({ session_id: session.id, amount, currency_code: session.currency_code })
})

/** A checkout paid but not yet made the order (its settlement is under way): the customer is sent there. */
const findPaidUnsettledCheckoutStep = createStep("find-paid-unsettled-chargily-checkout", async (input: { cart_id: string }, { container }) => {
  const chargily = container.resolve<ChargilyModuleService>(CHARGILY_MODULE)
  const [paidUnsettled] = await chargily.listChargilyCheckouts({ cart_id: input.cart_id, status: "paid", order_id: null }, { take: 1 })
  return new StepResponse<{ paid?: string }>(paidUnsettled ? { paid: paidUnsettled.id } : {})
})

/** Closes the cart's open checkouts at Chargily, unless one was paid meanwhile. Runs after the page limit: a refused request closes nothing. */
const closeEarlierCheckoutsStep = createStep("close-earlier-chargily-checkouts", async (input: { cart_id: string }, { container }) => {
  const { paid } = await container.resolve<ChargilyModuleService>(CHARGILY_MODULE).closeOpenCheckouts(input.cart_id)
  const live = paid.find((checkout) => checkout.live)
  // A replaced checkout paid late is settled (given back) by the reconciliation job; it stays watched.
  return new StepResponse<{ paid?: string }>(live ? { paid: live.id } : {})
})

type RecordInput = { cart_id: string; session: ChargilySession; locale: string; payment_method: ChargilyPaymentMethod; captcha_signature: string }

const recordCheckoutStep = createStep(
  "record-chargily-checkout",
  async (input: RecordInput, { container }) => {
    const checkout = await container
      .resolve<ChargilyModuleService>(CHARGILY_MODULE)
      .createChargilyCheckouts({
        cart_id: input.cart_id,
        payment_session_id: input.session.session_id,
        amount: input.session.amount,
        payment_method: input.payment_method,
        locale: input.locale,
        captcha_signature: input.captcha_signature,
      })
      .catch((error: unknown) => {
        // The unique index settles a captcha answer sent twice at the same moment.
        throw isCaptchaReuse(error) ? captchaUsedError() : error
      })
    return new StepResponse(checkout, checkout.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ChargilyModuleService>(CHARGILY_MODULE).updateChargilyCheckouts({ id, status: "create_failed" })
  }
)

type CreateInput = { id: string; amount: number; locale: "fr" | "ar"; payment_method: ChargilyPaymentMethod }

const createAtChargilyStep = createStep(
  "create-chargily-checkout",
  async (input: CreateInput, { container }) => {
    const chargily = container.resolve<ChargilyModuleService>(CHARGILY_MODULE)
    const back = chargily.returnUrl(input.locale, input.id)
    const created = await chargily.gateway().createCheckout({
      amount: input.amount,
      currency: "dzd",
      payment_method: input.payment_method,
      success_url: back,
      failure_url: back,
      webhook_endpoint: chargily.webhookUrl(),
      locale: input.locale,
      metadata: { reference: input.id },
    })
    if (!created.ok) {
      await chargily.updateChargilyCheckouts({ id: input.id, failure: `create checkout: ${created.message}` })
      throw created.reason === "timeout"
        ? new MedusaError(
            MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
            "The online payment service did not answer in time. Please try again in a few minutes, or choose cash on delivery.",
            refusal("chargily_gateway_timeout")
          )
        : new MedusaError(
            MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
            "The online payment service did not accept the payment. Please try again in a few minutes, or choose cash on delivery.",
            refusal("chargily_gateway_refused")
          )
    }
    return new StepResponse(created, created.checkout_id)
  },
  async (checkoutId, { container }) => {
    if (!checkoutId) return
    // A checkout we gave up must not stay payable.
    await container.resolve<ChargilyModuleService>(CHARGILY_MODULE).gateway().expire(checkoutId)
  }
)

type RegistrationInput = { id: string; checkout_id: string; checkout_url: string; session: ChargilySession }

const recordRegistrationStep = createStep(
  "record-chargily-registration",
  async (input: RegistrationInput, { container }) => {
    await container.resolve<ChargilyModuleService>(CHARGILY_MODULE).updateChargilyCheckouts({
      id: input.id,
      checkout_id: input.checkout_id,
      checkout_url: input.checkout_url,
      status: "awaiting_payment",
    })
    await container.resolve(Modules.PAYMENT).updatePaymentSession({
      id: input.session.session_id,
      amount: input.session.amount,
      currency_code: input.session.currency_code,
      data: chargilySessionRegistration(input.session.session_id, { checkout_id: input.checkout_id, amount: input.session.amount }),
    })
    return new StepResponse(undefined, input.session)
  },
  async (session, { container }) => {
    if (!session) return
    await container.resolve(Modules.PAYMENT).updatePaymentSession({
      id: session.session_id,
      amount: session.amount,
      currency_code: session.currency_code,
      data: { ...EMPTY_CHARGILY_SESSION_DATA },
    })
  }
)

/** Where the storefront sends the customer: Chargily's page, or (already paid) the payment's return page. */
export type StartChargilyCheckoutResult = { checkout_url: string; reference: string; already_paid?: undefined } | { already_paid: { reference: string } }

export const startChargilyCheckoutWorkflow = createWorkflow("start-chargily-checkout", (input: StartChargilyCheckoutInput) => {
  const key = transform({ input }, ({ input }) => cardCartLock(input.cart_id))
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const captchaSignature = checkCardCaptchaStep(input)
  const session = findSessionStep(input)
  const recorded = findPaidUnsettledCheckoutStep({ cart_id: input.cart_id })
  const closed = when("unless-a-checkout-is-paid", { recorded }, ({ recorded }) => !recorded.paid).then(() => {
    limitCardPagesStep({ cart_id: input.cart_id })
    return closeEarlierCheckoutsStep({ cart_id: input.cart_id })
  })
  const earlier = transform({ recorded, closed }, ({ recorded, closed }): { paid?: string } => ({ paid: recorded.paid ?? closed?.paid }))
  const opened = when("open-a-chargily-checkout", { earlier }, ({ earlier }) => !earlier.paid).then(() => {
    const record = recordCheckoutStep(
      transform({ input, session, captchaSignature }, ({ input, session, captchaSignature }) => ({
        cart_id: input.cart_id,
        session,
        locale: input.locale,
        payment_method: input.payment_method,
        captcha_signature: captchaSignature,
      }))
    )
    const created = createAtChargilyStep(
      transform({ record, input }, ({ record, input }) => ({ id: record.id, amount: record.amount, locale: input.locale, payment_method: input.payment_method }))
    )
    recordRegistrationStep(
      transform({ record, created, session }, ({ record, created, session }) => ({
        id: record.id,
        checkout_id: (created as { checkout_id: string }).checkout_id,
        checkout_url: (created as { checkout_url: string }).checkout_url,
        session,
      }))
    )
    return transform({ record, created }, ({ record, created }) => ({ checkout_url: (created as { checkout_url: string }).checkout_url, reference: record.id }))
  })
  releaseLockStep({ key })
  return new WorkflowResponse(
    transform({ opened, earlier }, ({ opened, earlier }): StartChargilyCheckoutResult => (earlier.paid ? { already_paid: { reference: earlier.paid } } : opened!))
  )
})
