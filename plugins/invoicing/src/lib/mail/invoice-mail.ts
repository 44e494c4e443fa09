/**
 * The e-mail that delivers an invoice or a credit note (Loi 18-05: the invoice is delivered
 * electronically): the PDF attached, a link to the order's page, in the order's language.
 */
import type { ShopLocale } from "@mj-chauffage/shop-kernel/locale"
import { SHOP_BRAND } from "@mj-chauffage/shop-kernel/mail-frame"
import { renderMail, type RenderedMail } from "@mj-chauffage/shop-kernel/mail-layout"
import { formatDzd } from "@mj-chauffage/shop-kernel/money"
import type { ShopIdentity } from "@mj-chauffage/shop-kernel/shop-identity"
import type { InvoiceKind } from "../documents/invoice-draft"

export type InvoiceMailData = {
  locale: ShopLocale
  kind: InvoiceKind
  number: string
  credits_number: string | null
  order_display_id: number
  /** Centimes. */
  total_ttc: number
  /** The order page's signed link. */
  order_url: string
}

const WORDS = {
  fr: {
    subject: (data: InvoiceMailData) =>
      data.kind === "invoice"
        ? `Facture n° ${data.number} de votre commande n° ${data.order_display_id} — ${SHOP_BRAND}`
        : `Avoir n° ${data.number} sur votre commande n° ${data.order_display_id} — ${SHOP_BRAND}`,
    intro: (data: InvoiceMailData, amount: string) =>
      data.kind === "invoice"
        ? `Votre paiement de ${amount} est bien reçu. Votre facture n° ${data.number} est jointe à cet e-mail (PDF).`
        : `Nous vous avons remboursé ${amount}. L'avoir n° ${data.number}, sur la facture n° ${data.credits_number}, est joint à cet e-mail (PDF).`,
    link: "Voir la commande et ses factures",
  },
  ar: {
    subject: (data: InvoiceMailData) =>
      data.kind === "invoice"
        ? `الفاتورة رقم ${data.number} لطلبك رقم ${data.order_display_id} — ${SHOP_BRAND}`
        : `إشعار دائن رقم ${data.number} لطلبك رقم ${data.order_display_id} — ${SHOP_BRAND}`,
    intro: (data: InvoiceMailData, amount: string) =>
      data.kind === "invoice"
        ? `استلمنا دفعتك بمبلغ ${amount}. فاتورتك رقم ${data.number} مرفقة بهذه الرسالة (PDF).`
        : `أعدنا إليك ${amount}. إشعار الدائن رقم ${data.number} على الفاتورة رقم ${data.credits_number} مرفق بهذه الرسالة (PDF).`,
    link: "عرض الطلب وفواتيره",
  },
} as const

export function renderInvoiceMail(data: InvoiceMailData, identity?: ShopIdentity): RenderedMail {
  const words = WORDS[data.locale]
  const amount = formatDzd(data.total_ttc / 100, data.locale)
  return renderMail(data.locale, words.subject(data), [{ lines: [words.intro(data, amount)] }, { lines: [{ text: words.link, href: data.order_url }] }], identity)
}
