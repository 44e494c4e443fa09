import { getTranslations, setRequestLocale } from "next-intl/server"
import { CardReceipt } from "../../../../components/card-receipt"
import { PaymentReturn, paymentReturnMetadata, type PaymentOutcome } from "../../../../components/payment-return"
import type { Locale } from "../../../../i18n/routing"
import { settleCardPayment } from "../../../../lib/medusa/card-payment"
import { isSatimOrderId } from "@mj-chauffage/payments-dz/lib/satim/order-id"
import { RECEIPT_LABELS } from "@mj-chauffage/shop-kernel/card-receipt"

/** Why the shop gave a card payment back, in the customer's words. */
const REFUND_TEXT = { no_order: "refundedText", already_ordered: "refundedAlreadyOrderedText", replaced: "refundedReplacedText" } as const

export const generateMetadata = paymentReturnMetadata("cardPayment")

/** Where SATIM sends the customer back, with its order id only. */
export default async function CardPaymentReturnPage({ params, searchParams }: PageProps<"/[locale]/paiement/carte">) {
  const locale = (await params).locale as Locale
  setRequestLocale(locale)
  const t = await getTranslations("cardPayment")
  const orderId = (await searchParams).orderId

  const settle = async (satimOrderId: string): Promise<PaymentOutcome> => {
    const { receipt, orderToken } = await settleCardPayment(satimOrderId)
    switch (receipt.status) {
      case "paid":
        return { kind: "paid", receipt: <CardReceipt receipt={receipt} locale={locale} />, orderToken }
      case "rejected":
        return {
          kind: "failed",
          title: t("rejectedTitle"),
          reason: (
            <div role="alert">
              {(["ar", "fr", "en"] as const).map((language) => (
                <p key={language} lang={language} dir={language === "ar" ? "rtl" : "ltr"}>
                  {receipt.rejected_message?.[language]}
                </p>
              ))}
            </div>
          ),
        }
      case "declined":
        return {
          kind: "failed",
          title: t("declinedTitle"),
          reason: (
            <>
              <p role="alert">{receipt.decline_message}</p>
              <p>
                {RECEIPT_LABELS[locale].tollFree} : <bdi dir="ltr">{receipt.toll_free_number}</bdi>
              </p>
            </>
          ),
        }
      case "refunded":
        // A refund by the office later has no reason of the shop's own: plain words then.
        return { kind: "message", title: t("refundedTitle"), text: t(receipt.refund_reason ? REFUND_TEXT[receipt.refund_reason] : "refundedPlainText"), alert: true }
      case "mismatch":
        return { kind: "problem" }
      default:
        return { kind: "waiting" }
    }
  }
  return <PaymentReturn namespace="cardPayment" unknownCode="card_payment_unknown" reference={orderId} isReference={isSatimOrderId} settle={settle} />
}
