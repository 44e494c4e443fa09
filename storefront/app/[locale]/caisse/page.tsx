import type { Metadata } from "next"
import { ClientMessages } from "../../../components/client-messages"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { CheckoutDetailsForm } from "../../../components/checkout-details-form"
import { OrderSummary } from "../../../components/order-summary"
import { PlaceOrderForm } from "../../../components/place-order-form"
import { CardPaymentForm } from "../../../components/card-payment-form"
import { ChargilyPaymentForm } from "../../../components/chargily-payment-form"
import { BaridpayPlaceOrderForm } from "../../../components/baridpay-place-order-form"
import { PaymentMethods } from "../../../components/payment-methods"
import { formatDzd } from "@mj-chauffage/shop-kernel/money"
import { joinForDisplay } from "@mj-chauffage/shop-kernel/locale"
import { cardPaymentOffered } from "../../../lib/medusa/card-payment"
import { chargilyPaymentOffered } from "../../../lib/medusa/chargily-payment"
import { baridpayPaymentOffered } from "../../../lib/medusa/baridpay-payment"
import { checkBaridpayAmount } from "@mj-chauffage/payments-dz/lib/baridpay/amount-limits"
import { redirect } from "next/navigation"
import { MessagePage } from "../../../components/message-page"
import { ShopLink } from "../../../components/shop-link"
import type { Locale } from "../../../i18n/routing"
import { cartView } from "../../../lib/cart/cart-view"
import { CONDITIONS_VERSION } from "../../../lib/checkout/conditions"
import { cartProductTitles, currentMedusaCart } from "../../../lib/medusa/cart"
import { currentCustomer } from "../../../lib/medusa/account"
import { defaultAddressOf } from "../../../lib/account/address-book"
import { listCommunes, listStopDesks, listWilayas } from "../../../lib/medusa/territory"
import { nameIn } from "../../../lib/territory/names"
import { refusalWords } from "../../../lib/medusa/refusal-text"

export async function generateMetadata({ params }: PageProps<"/[locale]/caisse">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "checkout" })
  return { title: t("title"), robots: { index: false } }
}

export default async function CheckoutPage({ params, searchParams }: PageProps<"/[locale]/caisse">) {
  const locale = (await params).locale as Locale
  setRequestLocale(locale)
  const t = await getTranslations("checkout")
  const cart = await currentMedusaCart()
  if (cart?.completed_at) {
    // A cart already turned into an order (a second tab, the back button): say so, order nothing.
    return <MessagePage title={t("title")} text={await refusalWords("cart_already_ordered")} alert action={{ href: "/", label: t("backHome") }} />
  }
  if (!cart?.items?.length) redirect(`/${locale}/panier`)
  const view = cartView(cart, locale, await cartProductTitles(cart, locale))
  const address = cart.shipping_address
  const method = cart.shipping_methods?.[0]
  const wilayas = await listWilayas()

  // The review needs the details saved first; until then (or when asked to edit) the details form.
  if ((await searchParams).etape !== "verification" || !cart.email || !address?.province || !method) {
    // A logged-in customer starts from their account's details and default delivery address.
    const customer = cart.email ? null : await currentCustomer().catch(() => null)
    const saved = address?.province ? null : defaultAddressOf(customer?.addresses)
    const wilaya = address?.province ?? saved?.province ?? ""
    const [communes, desks, cardOffered, chargilyOffered, baridpayOffered] = await Promise.all([
      wilaya ? listCommunes(wilaya) : Promise.resolve([]),
      wilaya ? listStopDesks(wilaya) : Promise.resolve([]),
      cart.region_id ? cardPaymentOffered(cart.region_id) : Promise.resolve(false),
      cart.region_id ? chargilyPaymentOffered(cart.region_id) : Promise.resolve(false),
      cart.region_id ? baridpayPaymentOffered(cart.region_id) : Promise.resolve(false),
    ])
    return (
      <>
        <h1>{t("title")}</h1>
        <ol className="steps" aria-label={t("steps")}>
          <li aria-current="step">{t("stepDetails")}</li>
          <li>{t("stepReview")}</li>
          <li>{t("stepConfirmation")}</li>
        </ol>
        <ClientMessages namespaces={["checkout"]}>
          <CheckoutDetailsForm
            wilayas={wilayas}
            initialCommunes={communes.map(({ name_fr, name_ar }) => ({ name_fr, name_ar }))}
            initialDesks={desks}
            initial={{
              first_name: address?.first_name ?? saved?.first_name ?? customer?.first_name ?? "",
              last_name: address?.last_name ?? saved?.last_name ?? customer?.last_name ?? "",
              email: cart.email ?? customer?.email ?? "",
              phone: address?.phone ?? saved?.phone ?? customer?.phone ?? "",
              wilaya,
              commune: address?.city ?? saved?.city ?? "",
              address_1: address?.address_1 ?? saved?.address_1 ?? "",
              delivery: method?.data?.mode === "stopdesk" ? "stopdesk" : "home",
              stop_desk_id: typeof method?.data?.stop_desk_id === "string" ? method.data.stop_desk_id : null,
            }}
          />
        </ClientMessages>
        <PaymentMethods cardOffered={cardOffered} chargilyOffered={chargilyOffered} baridpayOffered={baridpayOffered} />
      </>
    )
  }

  const wilaya = wilayas.find((candidate) => candidate.code === address.province)
  const stopDesk = method?.data?.mode === "stopdesk"
  const [desks, communes, cardOffered, chargilyOffered, baridpayOffered] = await Promise.all([
    listStopDesks(address.province),
    listCommunes(address.province),
    cart.region_id ? cardPaymentOffered(cart.region_id) : false,
    cart.region_id ? chargilyPaymentOffered(cart.region_id) : false,
    cart.region_id ? baridpayPaymentOffered(cart.region_id) : false,
  ])
  const baridpayAmount = checkBaridpayAmount(view.total)
  const desk = stopDesk ? desks.find((candidate) => candidate.id === method?.data?.stop_desk_id) : undefined
  const commune = communes.find((candidate) => candidate.name_fr === address.city)
  return (
    <>
      <h1>{t("reviewTitle")}</h1>
      <ol className="steps" aria-label={t("steps")}>
        <li>{t("stepDetails")}</li>
        <li aria-current="step">{t("stepReview")}</li>
        <li>{t("stepConfirmation")}</li>
      </ol>
      <OrderSummary lines={view.lines} itemTotal={view.itemTotal} shippingTotal={view.shippingTotal} total={view.total} taxTotal={view.taxTotal} locale={locale} />
      <section aria-labelledby="review-delivery" className="review-block">
        <h2 id="review-delivery">{t("deliveryTo")}</h2>
        <p>
          {address.first_name} {address.last_name} · <bdi dir="ltr">{address.phone}</bdi> · <bdi dir="ltr">{cart.email}</bdi>
        </p>
        <p>
          {stopDesk ? `${t("stopDesk")} : ${desk ? nameIn(desk, locale) : ""}` : `${t("homeDelivery")} : ${address.address_1}`}
        </p>
        <p>
          {joinForDisplay([commune ? nameIn(commune, locale) : address.city ?? "", wilaya ? `${wilaya.code} – ${nameIn(wilaya, locale)}` : address.province], locale)}
        </p>
        <ShopLink href="/caisse">{t("editDetails")}</ShopLink>
      </section>
      <ClientMessages namespaces={["checkout"]}>
        <section aria-labelledby="pay-cash" className="review-block">
          <h2 id="pay-cash">{t("payCashTitle")}</h2>
          <p>{t("cashOnDeliveryHelp")}</p>
          <PlaceOrderForm conditionsVersion={CONDITIONS_VERSION} />
        </section>
        {cardOffered ? (
          <section aria-labelledby="pay-card" className="review-block">
            <h2 id="pay-card">{t("payCardTitle")}</h2>
            <CardPaymentForm conditionsVersion={CONDITIONS_VERSION} amount={formatDzd(view.total, locale)} />
          </section>
        ) : null}
        {chargilyOffered ? (
          <section aria-labelledby="pay-chargily" className="review-block">
            <h2 id="pay-chargily">{t("payChargilyTitle")}</h2>
            <ChargilyPaymentForm conditionsVersion={CONDITIONS_VERSION} amount={formatDzd(view.total, locale)} />
          </section>
        ) : null}
        {baridpayOffered ? (
          <section aria-labelledby="pay-baridpay" className="review-block">
            <h2 id="pay-baridpay">{t("payBaridpayTitle")}</h2>
            <p>{t("baridpayMethodHelp")}</p>
            {baridpayAmount.ok ? (
              <BaridpayPlaceOrderForm conditionsVersion={CONDITIONS_VERSION} amount={formatDzd(view.total, locale)} />
            ) : (
              <p className="muted">{await refusalWords(baridpayAmount.code)}</p>
            )}
          </section>
        ) : null}
      </ClientMessages>
    </>
  )
}
