import { getTranslations, setRequestLocale } from "next-intl/server"
import { PaymentReturn, paymentReturnMetadata, type PaymentOutcome } from "../../../../components/payment-return"
import type { Locale } from "../../../../i18n/routing"
import { isChargilyReference, settleChargilyPayment } from "../../../../lib/medusa/chargily-payment"
import { formatDzd } from "@mj-chauffage/shop-kernel/money"

export const generateMetadata = paymentReturnMetadata("chargilyPayment")

/** Where Chargily sends the customer back, with our checkout reference only. */
export default async function ChargilyPaymentReturnPage({ params, searchParams }: PageProps<"/[locale]/paiement/chargily">) {
  const locale = (await params).locale as Locale
  setRequestLocale(locale)
  const t = await getTranslations("chargilyPayment")
  const ref = (await searchParams).ref

  const settle = async (reference: string): Promise<PaymentOutcome> => {
    const { payment, orderToken } = await settleChargilyPayment(reference)
    switch (payment.status) {
      case "paid":
        return {
          kind: "paid",
          orderToken,
          receipt: (
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
          ),
        }
      case "failed":
      case "canceled":
      case "superseded":
      case "create_failed":
        return { kind: "failed", title: t("failedTitle"), reason: <p role="alert">{t("failedText")}</p> }
      case "refund_due":
        return { kind: "message", title: t("refundTitle"), text: t("refundText"), alert: true }
      case "mismatch":
        return { kind: "problem" }
      default:
        return { kind: "waiting" }
    }
  }
  return <PaymentReturn namespace="chargilyPayment" unknownCode="chargily_checkout_unknown" reference={ref} isReference={isChargilyReference} settle={settle} />
}
