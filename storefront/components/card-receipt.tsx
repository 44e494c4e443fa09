import { getTranslations } from "next-intl/server"
import type { Locale } from "../i18n/routing"
import type { CardPaymentReceipt } from "../lib/medusa/card-payment"
import { receiptRows } from "@mj-chauffage/shop-kernel/card-receipt"
import { PrintButton } from "./print-button"

/** The receipt SATIM's certification reviewer checks, field by field, with print and PDF download. */
export async function CardReceipt({ receipt, locale }: { receipt: CardPaymentReceipt; locale: Locale }) {
  const t = await getTranslations("cardPayment")
  const rows = receiptRows(receipt, locale)
  const pdfHref = `/api/paiement/recu?orderId=${encodeURIComponent(receipt.satim_order_id ?? "")}&lang=${locale}`
  return (
    <section aria-labelledby="receipt-title" className="card-receipt">
      <h2 id="receipt-title">{t("receipt")}</h2>
      <dl>
        {rows.map((row) => (
          <div key={row.field}>
            <dt>{row.label}</dt>
            <dd>{row.ltr ? <bdi dir="ltr">{row.value}</bdi> : row.value}</dd>
          </div>
        ))}
      </dl>
      <div className="card-receipt__actions">
        <PrintButton label={t("print")} />
        <a className="button" href={pdfHref} download>
          {t("downloadPdf")}
        </a>
      </div>
    </section>
  )
}
