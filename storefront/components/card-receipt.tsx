import { getTranslations } from "next-intl/server"
import type { Locale } from "../i18n/routing"
import type { CardPaymentReceipt } from "../lib/medusa/card-payment"
import { Price } from "./price"
import { PrintButton } from "./print-button"

/** The receipt SATIM's certification reviewer checks, field by field. */
export async function CardReceipt({ receipt, locale }: { receipt: CardPaymentReceipt; locale: Locale }) {
  const t = await getTranslations("cardPayment")
  const when = receipt.paid_at
    ? new Intl.DateTimeFormat(locale === "ar" ? "ar-DZ-u-nu-latn" : "fr-DZ", { dateStyle: "long", timeStyle: "medium", timeZone: "Africa/Algiers" }).format(new Date(receipt.paid_at))
    : ""
  const rows: Array<[string, React.ReactNode]> = [
    [t("response"), receipt.response_description ?? ""],
    [t("satimOrderId"), <bdi key="satim" dir="ltr">{receipt.satim_order_id}</bdi>],
    [t("orderNumber"), <bdi key="order" dir="ltr">{receipt.order_number}</bdi>],
    [t("approvalCode"), <bdi key="approval" dir="ltr">{receipt.approval_code}</bdi>],
    [t("dateTime"), when],
    [t("amount"), <Price key="amount" amount={receipt.amount} locale={locale} />],
    [t("card"), <bdi key="card" dir="ltr">{receipt.card}</bdi>],
    [t("means"), receipt.means],
    [t("tollFree"), <bdi key="tollfree" dir="ltr">{receipt.toll_free_number}</bdi>],
  ]
  return (
    <section aria-labelledby="receipt-title" className="card-receipt">
      <h2 id="receipt-title">{t("receipt")}</h2>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <PrintButton label={t("print")} />
    </section>
  )
}
