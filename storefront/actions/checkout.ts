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

/** The visitor's own open cart with something in it, or why the checkout cannot go on. */
async function checkoutCart(t: Awaited<ReturnType<typeof getTranslations>>) {
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
async function acceptedCart(form: FormData, locale: Locale, t: Awaited<ReturnType<typeof getTranslations>>) {
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

export async function placeOrder(_previous: PlaceOrderState, form: FormData): Promise<PlaceOrderState> {
  const locale = (await getLocale()) as Locale
  const t = await getTranslations("checkout")
  let token: string
  try {
    const accepted = await acceptedCart(form, locale, t)
    if (!accepted.cart) return { message: accepted.error }
    const cartId = accepted.cart.id
    await payCashOnDelivery(cartId)
    const result = await medusa.store.cart.complete(cartId, { fields: "id" })
    if (result.type !== "order") return { message: t("errors.notPlaced") }
    token = await orderLinkTokenFor(cartId)
  } catch (error) {
    return { message: await refusalText(error, t("errors.unavailable")) }
  }
  await forgetCart()
  redirect(`/${locale}/commande?token=${encodeURIComponent(token)}`)
}

/**
 * BaridPay: the order is placed at once and waits for the money; the order page shows the amount,
 * the reference, the shop's RIP and QR, and takes the BaridiMob transaction reference.
 */
export async function placeBaridpayOrder(_previous: PlaceOrderState, form: FormData): Promise<PlaceOrderState> {
  const locale = (await getLocale()) as Locale
  const t = await getTranslations("checkout")
  let token: string
  try {
    const accepted = await acceptedCart(form, locale, t)
    if (!accepted.cart) return { message: accepted.error }
    const cartId = accepted.cart.id
    await payWithBaridpayMethod(cartId)
    const result = await medusa.store.cart.complete(cartId, { fields: "id" })
    if (result.type !== "order") return { message: t("errors.notPlaced") }
    token = await orderLinkTokenFor(cartId)
  } catch (error) {
    return { message: await refusalText(error, t("errors.unavailable")) }
  }
  await forgetCart()
  redirect(`/${locale}/commande?token=${encodeURIComponent(token)}`)
}

/** Card payment: after the same checks and the captcha, the whole page goes to SATIM's card page. */
export async function payByCard(_previous: PlaceOrderState, form: FormData): Promise<PlaceOrderState> {
  const locale = (await getLocale()) as Locale
  const t = await getTranslations("checkout")
  const captcha = form.get("captcha")
  if (typeof captcha !== "string" || !captcha) return { message: await refusalWords("captcha_invalid") }
  let cardPage: string
  try {
    const accepted = await acceptedCart(form, locale, t)
    if (!accepted.cart) return { message: accepted.error }
    cardPage = await startCardPayment(accepted.cart.id, locale, captcha, shopperAddress((await headers()).get("x-forwarded-for")))
  } catch (error) {
    return { message: await refusalText(error, await refusalWords("card_gateway_refused")) }
  }
  redirect(cardPage)
}

/** Chargily Pay: after the same checks, the whole page goes to Chargily's payment page (Edahabia or CIB). */
export async function payWithChargily(_previous: PlaceOrderState, form: FormData): Promise<PlaceOrderState> {
  const locale = (await getLocale()) as Locale
  const t = await getTranslations("checkout")
  const method = form.get("chargily_method") === "cib" ? "cib" : "edahabia"
  let paymentPage: string
  try {
    const accepted = await acceptedCart(form, locale, t)
    if (!accepted.cart) return { message: accepted.error }
    paymentPage = await startChargilyPayment(accepted.cart.id, locale, method, shopperAddress((await headers()).get("x-forwarded-for")))
  } catch (error) {
    return { message: await refusalText(error, await refusalWords("chargily_gateway_refused")) }
  }
  redirect(paymentPage)
}
