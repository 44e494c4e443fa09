/**
 * The card receipt SATIM's certification checks, field by field, in the order the return page, the
 * PDF and the e-mail show it, with the shop's own order number (the one on the order page and in
 * the order e-mail) next to SATIM's, with each field's label in French and Arabic. `ltr` values (numbers,
 * codes, amounts) read left to right even on an Arabic receipt.
 */
import type { ShopLocale } from "./locale.js"
import { formatDzd } from "./money.js"
import { algiersDateTime } from "./time.js"

export const RECEIPT_FIELDS = ["response", "shopOrder", "satimOrderId", "orderNumber", "approvalCode", "dateTime", "amount", "card", "means", "tollFree"] as const
export type ReceiptField = (typeof RECEIPT_FIELDS)[number]

export const RECEIPT_LABELS: Record<ShopLocale, Record<ReceiptField, string>> = {
  fr: {
    response: "Réponse",
    shopOrder: "Commande MJ Chauffage",
    satimOrderId: "Numéro de transaction SATIM",
    orderNumber: "Numéro de commande",
    approvalCode: "Code d'autorisation",
    dateTime: "Date et heure",
    amount: "Montant",
    card: "Carte",
    means: "Moyen de paiement",
    tollFree: "Numéro vert SATIM",
  },
  ar: {
    response: "الرد",
    shopOrder: "طلب MJ Chauffage",
    satimOrderId: "رقم معاملة ساتيم",
    orderNumber: "رقم الطلب",
    approvalCode: "رمز الترخيص",
    dateTime: "التاريخ والوقت",
    amount: "المبلغ",
    card: "البطاقة",
    means: "وسيلة الدفع",
    tollFree: "الرقم الأخضر لساتيم",
  },
}

/** What a receipt says, whoever holds it (the SATIM plugin's receipt, the e-mail's data). */
export type ReceiptValues = {
  response_description: string | null
  satim_order_id: string | null
  order_number: string
  /** The shop's own order number (Medusa's display_id), once the payment became an order. */
  shop_order_number?: number | null
  approval_code: string | null
  paid_at: string | null
  amount: number
  card: string | null
  means: string
  toll_free_number: string
}

export type ReceiptRow = { field: ReceiptField; label: string; value: string; ltr: boolean }

/** When SATIM answered, in Algiers time, with Western digits as Algerian shops write them. */
export function receiptTime(paidAt: string | null, locale: ShopLocale): string {
  return paidAt ? algiersDateTime(paidAt, locale, { dateStyle: "long", timeStyle: "medium" }) : ""
}

/** The rows, in order; the shop's order number only when the payment became an order. */
export function receiptRows(receipt: ReceiptValues, locale: ShopLocale): ReceiptRow[] {
  const values: Record<ReceiptField, [string, boolean]> = {
    response: [receipt.response_description ?? "", false],
    shopOrder: [receipt.shop_order_number ? `#${receipt.shop_order_number}` : "", true],
    satimOrderId: [receipt.satim_order_id ?? "", true],
    orderNumber: [receipt.order_number, true],
    approvalCode: [receipt.approval_code ?? "", true],
    dateTime: [receiptTime(receipt.paid_at, locale), false],
    amount: [formatDzd(receipt.amount, locale), true],
    card: [receipt.card ?? "", true],
    means: [receipt.means, true],
    tollFree: [receipt.toll_free_number, true],
  }
  return RECEIPT_FIELDS.filter((field) => field !== "shopOrder" || values.shopOrder[0]).map((field) => ({
    field,
    label: RECEIPT_LABELS[locale][field],
    value: values[field][0],
    ltr: values[field][1],
  }))
}
