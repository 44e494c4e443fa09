import { getTranslations } from "next-intl/server"
import { algiersDateTime } from "@mj-chauffage/shop-kernel/time"
import type { Locale } from "../i18n/routing"
import type { InvoiceDocument } from "../lib/medusa/invoices"
import { Price } from "./price"

/**
 * The order's invoice and credit notes, each a PDF download in the page's language (Loi 18-05: the
 * invoice is delivered electronically). `token`: the signed link a guest opened the order with.
 */
export async function OrderInvoices({ documents, locale, token }: { documents: InvoiceDocument[]; locale: Locale; token?: string }) {
  if (!documents.length) return null
  const t = await getTranslations("invoices")
  const href = (id: string) => `/api/factures/${id}?lang=${locale}${token ? `&token=${encodeURIComponent(token)}` : ""}`
  return (
    <section aria-labelledby="order-invoices" className="review-block">
      <h2 id="order-invoices">{t("title")}</h2>
      <ul className="order-invoices">
        {documents.map((document) => (
          <li key={document.id}>
            <a href={href(document.id)} download>
              {t(document.kind === "invoice" ? "invoice" : "creditNote")} <bdi dir="ltr">{document.number}</bdi>
            </a>{" "}
            · {algiersDateTime(document.issued_at, locale, { dateStyle: "long" })} · <Price amount={document.total_ttc / 100} locale={locale} /> ({t("pdf")})
          </li>
        ))}
      </ul>
    </section>
  )
}
