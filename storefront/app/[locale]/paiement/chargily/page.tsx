import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { MessagePage } from "../../../../components/message-page"
import { ShopLink } from "../../../../components/shop-link"
import type { Locale } from "../../../../i18n/routing"
import { isChargilyReference, settleChargilyPayment, type ChargilyPaymentResult } from "../../../../lib/medusa/chargily-payment"
import { medusaFailure } from "../../../../lib/medusa/errors"
import { refusalWords } from "../../../../lib/medusa/refusal-text"
import { formatDzd } from "@mj-chauffage/shop-kernel/money"

export async function generateMetadata({ params }: PageProps<"/[locale]/paiement/chargily">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "chargilyPayment" })
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" }
}

/**
 * Where Chargily sends the customer back, with our checkout reference only: Medusa asks Chargily and
 * answers the outcome (placing the order when paid); the query string itself decides nothing.
 */
export default async function ChargilyPaymentReturnPage({ params, searchParams }: PageProps<"/[locale]/paiement/chargily">) {
  const locale = (await params).locale as Locale
  setRequestLocale(locale)
  const t = await getTranslations("chargilyPayment")
  const reference = (await searchParams).ref
  const unknown = async () => <MessagePage title={t("title")} text={await refusalWords("chargily_checkout_unknown")} alert />
  if (!isChargilyReference(reference)) return unknown()
  let payment: ChargilyPaymentResult
  let orderToken: string | null
  try {
    ;({ payment, orderToken } = await settleChargilyPayment(reference))
  } catch (error) {
    if (medusaFailure(error).code === "chargily_checkout_unknown") return unknown()
    throw error
  }

  switch (payment.status) {
    case "paid":
      return (
        <section className="card-payment-result">
          <h1>{t("paidTitle")}</h1>
          <p role="status">{t("paidText")}</p>
          <dl className="card-receipt">
            {payment.shop_order_number !== null ? (
              <div>
                <dt>{t("orderNumber")}</dt>
                <dd>
                  <bdi dir="ltr">{payment.shop_order_number}</bdi>
                </dd>
              </div>
            ) : null}
            <div>
              <dt>{t("amount")}</dt>
              <dd>
                <bdi dir="ltr">{formatDzd(payment.amount, locale)}</bdi>
              </dd>
            </div>
          </dl>
          {orderToken ? (
            <ShopLink className="button button--primary" href={`/commande?token=${encodeURIComponent(orderToken)}`}>
              {t("seeOrder")}
            </ShopLink>
          ) : null}
        </section>
      )
    case "failed":
    case "canceled":
    case "superseded":
    case "create_failed":
      return (
        <section className="card-payment-result">
          <h1>{t("failedTitle")}</h1>
          <p role="alert">{t("failedText")}</p>
          <ShopLink className="button" href="/caisse?etape=verification">
            {t("tryAgain")}
          </ShopLink>
        </section>
      )
    case "refund_due":
      return <MessagePage title={t("refundTitle")} text={t("refundText")} alert />
    case "mismatch":
      return <MessagePage title={t("problemTitle")} text={t("problemText")} alert />
    default:
      return <MessagePage title={t("waitingTitle")} text={t("waitingText")} />
  }
}
