import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { CardReceipt } from "../../../../components/card-receipt"
import { MessagePage } from "../../../../components/message-page"
import { ShopLink } from "../../../../components/shop-link"
import type { Locale } from "../../../../i18n/routing"
import { settleCardPayment, type CardPaymentReceipt } from "../../../../lib/medusa/card-payment"
import { medusaFailure } from "../../../../lib/medusa/errors"
import { refusalWords } from "../../../../lib/medusa/refusal-text"
import { isSatimOrderId } from "@mj-chauffage/payments-dz/lib/satim/order-id"
import { RECEIPT_LABELS } from "@mj-chauffage/shop-kernel/card-receipt"

/** Why the shop gave a card payment back, in the customer's words. */
const REFUND_TEXT = { no_order: "refundedText", already_ordered: "refundedAlreadyOrderedText", replaced: "refundedReplacedText" } as const

export async function generateMetadata({ params }: PageProps<"/[locale]/paiement/carte">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "cardPayment" })
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" }
}

/**
 * Where SATIM sends the customer back, with its order id only (cookies may not come back): Medusa asks
 * SATIM and answers the receipt or the failure; the query string itself decides nothing.
 */
export default async function CardPaymentReturnPage({ params, searchParams }: PageProps<"/[locale]/paiement/carte">) {
  const locale = (await params).locale as Locale
  setRequestLocale(locale)
  const t = await getTranslations("cardPayment")
  const orderId = (await searchParams).orderId
  const unknown = async () => <MessagePage title={t("title")} text={await refusalWords("card_payment_unknown")} alert />
  if (!isSatimOrderId(orderId)) return unknown()
  let receipt: CardPaymentReceipt
  let orderToken: string | null
  try {
    ;({ receipt, orderToken } = await settleCardPayment(orderId))
  } catch (error) {
    if (medusaFailure(error).code === "card_payment_unknown") return unknown()
    throw error
  }
  const retry = { href: "/caisse?etape=verification", label: t("tryAgain") }

  switch (receipt.status) {
    case "paid": {
      return (
        <section className="card-payment-result">
          <h1>{t("paidTitle")}</h1>
          <p role="status">{t("paidText")}</p>
          <CardReceipt receipt={receipt} locale={locale} />
          {orderToken ? (
            <ShopLink className="button button--primary" href={`/commande?token=${encodeURIComponent(orderToken)}`}>
              {t("seeOrder")}
            </ShopLink>
          ) : null}
        </section>
      )
    }
    case "rejected":
      return (
        <section className="card-payment-result">
          <h1>{t("rejectedTitle")}</h1>
          <div role="alert">
            {(["ar", "fr", "en"] as const).map((language) => (
              <p key={language} lang={language} dir={language === "ar" ? "rtl" : "ltr"}>
                {receipt.rejected_message?.[language]}
              </p>
            ))}
          </div>
          <ShopLink className="button" href={retry.href}>
            {retry.label}
          </ShopLink>
        </section>
      )
    case "declined":
      return (
        <section className="card-payment-result">
          <h1>{t("declinedTitle")}</h1>
          <p role="alert">{receipt.decline_message}</p>
          <p>
            {RECEIPT_LABELS[locale].tollFree} : <bdi dir="ltr">{receipt.toll_free_number}</bdi>
          </p>
          <ShopLink className="button" href={retry.href}>
            {retry.label}
          </ShopLink>
        </section>
      )
    case "refunded":
      // A refund by the office later has no reason of the shop's own: plain words then.
      return <MessagePage title={t("refundedTitle")} text={t(receipt.refund_reason ? REFUND_TEXT[receipt.refund_reason] : "refundedPlainText")} alert />
    case "mismatch":
      return <MessagePage title={t("problemTitle")} text={t("problemText")} alert />
    default:
      return <MessagePage title={t("waitingTitle")} text={t("waitingText")} />
  }
}
