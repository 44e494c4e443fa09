import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse, WorkflowResponse, createHook, createStep, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { cardAmountRefusal, type CardAmountRefusal } from "../../lib/satim/centimes"
import { toCentimes } from "@mj-chauffage/shop-kernel/money"
import { newOrderNumber } from "../../lib/satim/order-number"
import { satimLanguage } from "../../lib/satim/options"
import { EMPTY_SATIM_SESSION_DATA, sessionRegistration, type RegisteredSatimSession } from "../../lib/satim/session-data"
import { SATIM_MODULE } from "../../modules/satim"
import type SatimModuleService from "../../modules/satim/service"
import type { OpenCardPage } from "../../modules/satim/service"
import { SATIM_PROVIDER_ID } from "../../lib/provider-ids"
import { captchaUsedError, checkCardCaptchaStep, isCaptchaReuse } from "../card/steps/check-card-captcha"
import { limitCardPagesStep } from "../card/steps/limit-card-pages"
import { cardCartLock } from "../card/cart-lock"

/**
 * Opens SATIM's card page for a cart whose payment session is "card": the attempt is recorded
 * first, then registered with SATIM, then written on the session (which authorisation will check).
 * Any failure undoes the earlier steps: the attempt is marked failed and SATIM's order reversed.
 * A cart has at most one live card page: under the cart's lock (shared with settlement), the
 * earlier pages are closed first, and a cart opens at most CARD_PAGES_PER_CART pages per window.
 * When an earlier page turns out to be paid already (the customer came back without SATIM's
 * redirect), no page opens: the answer sends the customer to that payment's return page, which
 * places the order. The `validate` hook lets the shop refuse a cart it would not accept as an order
 * (its completion checks) before the customer pays anything.
 */
export type StartSatimPaymentInput = { cart_id: string; locale: string; captcha: string }

/** The card session to register, and the cart as the shop's validate hook checks it (address, delivery). */
type CardSession = { session_id: string; amount: number; currency_code: string; amount_centimes: number; cart: Record<string, unknown> & { id: string } }

const AMOUNT_REFUSED: Record<CardAmountRefusal, string> = {
  cart_not_payable: "This cart has nothing a card can pay.",
  card_amount_too_small: "Card payment starts at 50 DA.",
  card_amount_too_large: "This amount is too large for a card payment: please call us.",
}

const findCardSessionStep = createStep("find-satim-card-session", async (input: StartSatimPaymentInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: ["id", "completed_at", "payment_collection.payment_sessions.*", "shipping_address.*", "shipping_methods.*"],
    filters: { id: input.cart_id },
  })
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This cart does not exist.", refusal("cart_not_found"))
  if (cart.completed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This cart has already been ordered.", refusal("cart_already_ordered"))
  const session = (cart.payment_collection?.payment_sessions ?? []).find(
    (candidate: { id: string; provider_id: string; status: string; currency_code: string; amount: unknown } | null) => candidate?.provider_id === SATIM_PROVIDER_ID && candidate.status === "pending"
  )
  if (!session) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Choose card payment (CIB / Edahabia) for this cart first.", refusal("card_session_missing"))
  if (session.currency_code.toLowerCase() !== "dzd") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Card payment is in Algerian dinars only.", refusal("card_currency_not_dzd"))
  const amount = Number(session.amount)
  const amountRefusal = cardAmountRefusal(amount)
  if (amountRefusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, AMOUNT_REFUSED[amountRefusal], amountRefusal)
  const { shipping_address, shipping_methods } = cart
  return new StepResponse<CardSession>({
    session_id: session.id,
    amount,
    currency_code: session.currency_code,
    amount_centimes: toCentimes(amount),
    cart: { id: cart.id, shipping_address, shipping_methods },
  })
})

/** The cart's card pages as SATIM sees them now: one already paid means no new page. */
const surveyCardPagesStep = createStep("survey-satim-card-pages", async (input: StartSatimPaymentInput, { container }) => {
  return new StepResponse(await container.resolve<SatimModuleService>(SATIM_MODULE).surveyCardPages(input.cart_id))
})

/** Closes the cart's earlier card pages (from the survey) before a new one opens. */
const closeEarlierCardPagesStep = createStep("close-earlier-satim-card-pages", async (pages: OpenCardPage[], { container }) => {
  await container.resolve<SatimModuleService>(SATIM_MODULE).closeCardPages(pages)
  return new StepResponse(undefined)
})

type AttemptInput = { cart_id: string; session: CardSession; language: "AR" | "FR" | "EN"; captcha_signature: string }

const recordAttemptStep = createStep(
  "record-satim-attempt",
  async (input: AttemptInput, { container }) => {
    const satim = container.resolve<SatimModuleService>(SATIM_MODULE)
    // Ten random digits can repeat: the unique index refuses the repeat and another is drawn.
    for (let draw = 1; ; draw++) {
      try {
        const attempt = await satim.createSatimPayments({
          order_number: newOrderNumber(),
          cart_id: input.cart_id,
          payment_session_id: input.session.session_id,
          amount_centimes: input.session.amount_centimes,
          language: input.language,
          captcha_signature: input.captcha_signature,
        })
        return new StepResponse(attempt, attempt.id)
      } catch (error) {
        // The unique index settles a captcha answer sent twice at the same moment.
        if (isCaptchaReuse(error)) throw captchaUsedError()
        if (draw >= 5 || !/already exists/i.test((error as Error).message)) throw error
      }
    }
  },
  async (attemptId, { container }) => {
    if (!attemptId) return
    await container.resolve<SatimModuleService>(SATIM_MODULE).updateSatimPayments({ id: attemptId, status: "register_failed" })
  }
)

type RegisterInput = { attempt_id: string; order_number: string; amount_centimes: number; language: "AR" | "FR" | "EN"; locale: string }

const registerWithSatimStep = createStep(
  "register-with-satim",
  async (input: RegisterInput, { container }) => {
    const satim = container.resolve<SatimModuleService>(SATIM_MODULE)
    const returnUrl = satim.returnUrl(input.locale)
    const result = await satim.gateway().register({
      orderNumber: input.order_number,
      amountCentimes: input.amount_centimes,
      returnUrl,
      failUrl: returnUrl,
      language: input.language,
      udf1: input.order_number,
    })
    if (!result.ok) {
      await satim.updateSatimPayments({ id: input.attempt_id, failure: `register.do: ${result.errorCode ?? "-"} ${result.message}` })
      throw new MedusaError(
        MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
        "The card payment service did not accept the payment. Please try again in a few minutes, or choose cash on delivery.",
        refusal("card_gateway_refused")
      )
    }
    return new StepResponse({ satim_order_id: result.satimOrderId, form_url: result.formUrl }, result.satimOrderId)
  },
  async (satimOrderId, { container }) => {
    if (!satimOrderId) return
    // The card page must not stay usable for an attempt we gave up.
    await container.resolve<SatimModuleService>(SATIM_MODULE).gateway().reverse(satimOrderId)
  }
)

type RecordRegistrationInput = {
  attempt_id: string
  session: CardSession
  registration: RegisteredSatimSession
  form_url: string
}

const recordRegistrationStep = createStep(
  "record-satim-registration",
  async (input: RecordRegistrationInput, { container }) => {
    const satim = container.resolve<SatimModuleService>(SATIM_MODULE)
    await satim.updateSatimPayments({
      id: input.attempt_id,
      satim_order_id: input.registration.satim_order_id,
      form_url: input.form_url,
      status: "awaiting_card",
    })
    await container.resolve(Modules.PAYMENT).updatePaymentSession({
      id: input.session.session_id,
      amount: input.session.amount,
      currency_code: input.session.currency_code,
      data: input.registration,
    })
    return new StepResponse(undefined, input.session)
  },
  async (session, { container }) => {
    if (!session) return
    await container.resolve(Modules.PAYMENT).updatePaymentSession({
      id: session.session_id,
      amount: session.amount,
      currency_code: session.currency_code,
      data: { ...EMPTY_SATIM_SESSION_DATA },
    })
  }
)

/** What the storefront does next: open SATIM's card page, or (already paid) the payment's return page. */
export type StartSatimPaymentResult =
  | { form_url: string; order_number: string; already_paid?: undefined }
  | { already_paid: { satim_order_id: string }; form_url?: undefined; order_number?: undefined }

export const startSatimPaymentWorkflow = createWorkflow("start-satim-payment", (input: StartSatimPaymentInput) => {
  const key = transform({ input }, ({ input }) => cardCartLock(input.cart_id))
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const captchaSignature = checkCardCaptchaStep(input)
  const session = findCardSessionStep(input)
  const validate = createHook("validate", { input, cart: transform({ session }, ({ session }) => session.cart) })
  const survey = surveyCardPagesStep(input)
  const paid = transform({ survey }, ({ survey }) => survey.paid ?? null)
  const opened = when("open-a-card-page", { paid }, ({ paid }) => !paid).then(() => {
    limitCardPagesStep({ cart_id: input.cart_id })
    closeEarlierCardPagesStep(transform({ survey }, ({ survey }) => survey.open))
    const language = transform({ input }, ({ input }) => satimLanguage(input.locale, "FR"))
    const attempt = recordAttemptStep({ cart_id: input.cart_id, session, language, captcha_signature: captchaSignature })
    const registered = registerWithSatimStep(
      transform({ attempt, input, language }, ({ attempt, input, language }) => ({
        attempt_id: attempt.id,
        order_number: attempt.order_number,
        amount_centimes: attempt.amount_centimes,
        language,
        locale: input.locale,
      }))
    )
    recordRegistrationStep(
      transform({ attempt, session, registered, language }, ({ attempt, session, registered, language }) => ({
        attempt_id: attempt.id,
        session,
        form_url: registered.form_url,
        registration: sessionRegistration(session.session_id, { ...attempt, satim_order_id: registered.satim_order_id, language }),
      }))
    )
    return transform({ attempt, registered }, ({ attempt, registered }) => ({ form_url: registered.form_url, order_number: attempt.order_number }))
  })
  releaseLockStep({ key })
  return new WorkflowResponse(
    transform({ opened, paid }, ({ opened, paid }): StartSatimPaymentResult => (paid ? { already_paid: { satim_order_id: paid.satim_order_id } } : opened!)),
    { hooks: [validate] }
  )
})
