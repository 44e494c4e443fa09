import type { ShopLocale } from "@mj-chauffage/shop-kernel/locale"
import { formatDzd } from "@mj-chauffage/shop-kernel/money"
import { receiptTime, type PaymentReceipt } from "@mj-chauffage/payments-dz/lib/satim/receipt"

/** The fields of the card receipt SATIM's certification checks, in the order the page and the PDF show them. */
export const RECEIPT_FIELDS = ["response", "satimOrderId", "orderNumber", "approvalCode", "dateTime", "amount", "card", "means", "tollFree"] as const
export type ReceiptField = (typeof RECEIPT_FIELDS)[number]

/** One line of the receipt; `ltr` values (numbers, codes, amounts) read left to right even on an Arabic receipt. */
export type ReceiptRow = { field: ReceiptField; label: string; value: string; ltr: boolean }

export function receiptRows(receipt: PaymentReceipt, locale: ShopLocale, label: (field: ReceiptField) => string): ReceiptRow[] {
  const values: Record<ReceiptField, [string, boolean]> = {
    response: [receipt.response_description ?? "", false],
    satimOrderId: [receipt.satim_order_id ?? "", true],
    orderNumber: [receipt.order_number, true],
    approvalCode: [receipt.approval_code ?? "", true],
    dateTime: [receiptTime(receipt.paid_at, locale), false],
    amount: [formatDzd(receipt.amount, locale), true],
    card: [receipt.card ?? "", true],
    means: [receipt.means, true],
    tollFree: [receipt.toll_free_number, true],
  }
  return RECEIPT_FIELDS.map((field) => ({ field, label: label(field), value: values[field][0], ltr: values[field][1] }))
}
