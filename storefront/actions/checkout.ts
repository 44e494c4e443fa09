"use server"
import { getLocale, getTranslations } from "next-intl/server"
import { headers } from "next/headers"
import { redirect } from "next/navigation"
import type { Locale } from "../i18n/routing"
import { forgetCart } from "../lib/cart/cart-cookie"
import { openCart } from "../lib/cart/open-cart"
import { CONDITIONS_VERSION } from "../lib/checkout/conditions"
import { readCheckoutDetails, type CheckoutDetails, type DetailsError } from "../lib/checkout/details"
import { deliveryOptionFor, orderLinkTokenFor, payCashOnDelivery } from "../lib/medusa/checkout"
import { medusa } from "../lib/medusa/client"
import { startCardPayment } from "../lib/medusa/card-payment"
import { startChargilyPayment } from "../lib/medusa/chargily-payment"
import { payWithBaridpayMethod } from "../lib/medusa/baridpay-payment"
import { refusalText, refusalWords } from "../lib/medusa/refusal-text"
import { listCommunes, listStopDesks } from "../lib/medusa/territory"
import { shopperAddress } from "../lib/security/shopper-address"
import { attachCartToCustomer } from "../lib/medusa/cart-customer"
import { customerAuthHeaders } from "../lib/account/session"

export type DetailsState = { message: string; errors: Partial<Record<DetailsError, string>>; values: Partial<CheckoutDetails> }
export type PlaceOrderState = { message: string }
type Translate = Awaited<ReturnType<typeof getTranslations>>

/** The visitor's own open cart with something in it, or why the checkout cannot go on. */
async function checkoutCart(t: Translate) {
  const found = await openCart()
  if ("problem" in found) return { error: found.problem === "ordered" ? await refusalWords("cart_already_ordered") : t("errors.noCart") }
  if (!found.cart.items?.length) return { error: t("errors.noCart") }
  return { cart: found.cart }
}

export async function saveDetails(_previous: DetailsState, form: FormData): Promise<DetailsState> {
  const locale = (await getLocale()) as Locale
  const t = await getTranslations("checkout")
  const { details, errors } = readCheckoutDetails(form)
  const fail = (list: DetailsError[], message = t("errors.fixFields")): DetailsState => ({
    message,
    errors: Object.fromEntries(list.map((name) => [name, t(`fieldErrors.${name}`)])),
    values: details,
  })
  const found = await checkoutCart(t)
  if (!found.cart) return { message: found.error, errors: {}, values: details }
  if (errors.length) return fail(errors)

  const stopDesk = details.delivery === "stopdesk"
  const [communes, desks] = await Promise.all([listCommunes(details.wilaya), stopDesk ? listStopDesks(details.wilaya) : []])
  const commune = communes.find((candidate) => candidate.name_fr === details.commune || candidate.name_ar === details.commune)
  if (!commune) return fail(["commune"])
  const desk = stopDesk ? desks.find((candidate) => candidate.id === details.stop_desk_id) : undefined
  if (details.delivery === "stopdesk" && !desk) return fail(["stop_desk_id"])

  const address = {
    first_name: details.first_name,
    last_name: details.last_name,
    // A stop-desk parcel is collected at the agency: its name stands for the street address.
    address_1: details.delivery === "stopdesk" && details.address_1.length < 5 ? desk!.name_fr : details.address_1,
    city: commune.name_fr,
    province: details.wilaya,
    postal_code: commune.postal_code ?? undefined,
    country_code: "dz",
    phone: details.phone,
  }
  try {
    const cartId = found.cart.id
    await medusa.store.cart.update(cartId, { email: details.email, shipping_address: address, billing_address: address }, { fields: "id" }, await customerAuthHeaders())
    // A logged-in customer's order goes to their account (Medusa then uses the account's e-mail); every
    // later cart update carries their token, or the backend hands the cart back to a guest.
    await attachCartToCustomer(cartId)
    const option = await deliveryOptionFor(cartId, details.delivery)
    if (!option) return fail(["delivery"], t("errors.noDelivery"))
    await medusa.store.cart.addShippingMethod(
      cartId,
      { option_id: option.id, data: desk ? { stop_desk_id: desk.id } : {} },
      { fields: "id" }
    )
  } catch (error) {
    return { message: await refusalText(error, t("errors.unavailable")), errors: {}, values: details }
  }
  redirect(`/${locale}/caisse?etape=verification`)
}

/**
 * The review step's common checks (Loi 18-05): the current conditions accepted, the visitor's own open
 * cart with its details, then the accepted version, its time and the page language kept on the cart.
 */
async function acceptedCart(form: FormData, locale: Locale, t: Translate) {
  if (form.get("accept_conditions") !== "on") return { error: t("errors.acceptConditions") }
  if (form.get("conditions_version") !== CONDITIONS_VERSION) return { error: t("errors.conditionsChanged") }
  const found = await checkoutCart(t)
  if (!found.cart) return { error: found.error }
  const cart = found.cart
  if (!cart.email || !cart.shipping_address?.province || !cart.shipping_methods?.length) return { error: t("errors.detailsMissing") }
  await medusa.store.cart.update(
    cart.id,
    {
      metadata: {
        ...(cart.metadata ?? {}),
        conditions_version: CONDITIONS_VERSION,
        conditions_accepted_at: new Date().toISOString(),
        locale,
      },
    },
    { fields: "id" },
    await customerAuthHeaders()
  )
  return { cart }
}

/** What a pay method does with the accepted cart, and where the browser goes next. */
type PayStep = {
  /** A refusal before the cart is touched (the form lacks what the method needs), or null. */
  precheck?: (form: FormData) => Promise<string | null>
  /** Takes the accepted cart; returns the next page, or a refusal when the order was not placed. */
  next: (cartId: string, form: FormData, locale: Locale, t: Translate) => Promise<{ to: string; placed: boolean } | { refusal: string }>
  /** The words when Medusa or the gateway fails without a code of its own. */
  fallback: (t: Translate) => Promise<string>
}

/**
 * Cash on delivery and BaridPay place the order at once and show its page (for BaridPay: the amount,
 * the reference, the shop's RIP and QR, and the BaridiMob transaction reference to send).
 */
function placeNow(choosePayment: (cartId: string) => Promise<void>): PayStep["next"] {
  return async (cartId, _form, locale, t) => {
    await choosePayment(cartId)
    const result = await medusa.store.cart.complete(cartId, { fields: "id" })
    if (result.type !== "order") return { refusal: t("errors.notPlaced") }
    const token = await orderLinkTokenFor(cartId)
    return { to: `/${locale}/commande?token=${encodeURIComponent(token)}`, placed: true }
  }
}

const shopper = async () => shopperAddress((await headers()).get("x-forwarded-for"))

/** Card gateways open a page only with the captcha's answer (Medusa checks it): none sent, nothing asked of Medusa. */
const captchaAnswered: PayStep["precheck"] = async (form) => {
  const captcha = form.get("captcha")
  return typeof captcha === "string" && captcha ? null : refusalWords("captcha_invalid")
}

const PAY_STEPS = {
  cash: { next: placeNow(payCashOnDelivery), fallback: async (t) => t("errors.unavailable") },
  baridpay: { next: placeNow(payWithBaridpayMethod), fallback: async (t) => t("errors.unavailable") },
  // The whole page goes to SATIM's card page, after the captcha.
  card: {
    precheck: captchaAnswered,
    next: async (cartId, form, locale) => ({ to: await startCardPayment(cartId, locale, String(form.get("captcha")), await shopper()), placed: false }),
    fallback: () => refusalWords("card_gateway_refused"),
  },
  // The whole page goes to Chargily's payment page (Edahabia or CIB), after the same captcha.
  chargily: {
    precheck: captchaAnswered,
    next: async (cartId, form, locale) => {
      const method = form.get("chargily_method") === "cib" ? "cib" : "edahabia"
      return { to: await startChargilyPayment(cartId, locale, method, String(form.get("captcha")), await shopper()), placed: false }
    },
    fallback: () => refusalWords("chargily_gateway_refused"),
  },
} satisfies Record<string, PayStep>

/** The review step's pay buttons: the common checks, then the chosen method's step. */
async function pay(method: keyof typeof PAY_STEPS, form: FormData): Promise<PlaceOrderState> {
  const locale = (await getLocale()) as Locale
  const t = await getTranslations("checkout")
  const step: PayStep = PAY_STEPS[method]
  const early = await step.precheck?.(form)
  if (early) return { message: early }
  let next: { to: string; placed: boolean }
  try {
    const accepted = await acceptedCart(form, locale, t)
    if (!accepted.cart) return { message: accepted.error }
    const outcome = await step.next(accepted.cart.id, form, locale, t)
    if ("refusal" in outcome) return { message: outcome.refusal }
    next = outcome
  } catch (error) {
    return { message: await refusalText(error, await step.fallback(t)) }
  }
  if (next.placed) await forgetCart()
  redirect(next.to)
}

export async function placeOrder(_previous: PlaceOrderState, form: FormData): Promise<PlaceOrderState> {
  return pay("cash", form)
}

export async function placeBaridpayOrder(_previous: PlaceOrderState, form: FormData): Promise<PlaceOrderState> {
  return pay("baridpay", form)
}

export async function payByCard(_previous: PlaceOrderState, form: FormData): Promise<PlaceOrderState> {
  return pay("card", form)
}

export async function payWithChargily(_previous: PlaceOrderState, form: FormData): Promise<PlaceOrderState> {
  return pay("chargily", form)
}
