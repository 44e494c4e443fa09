/**
 * What an invoice or a credit note says, built from the paid order (pure: the workflow reads the
 * order and the shop's identity, then issues this draft with its number). Amounts in centimes; each
 * line's TTC is what the order charged for it, split into HT and TVA by the kernel's VAT rule.
 */
import { toCentimes } from "@mj-chauffage/shop-kernel/money"
import type { ShopIdentity } from "@mj-chauffage/shop-kernel/shop-identity"
import { shopLocale, type ShopLocale } from "@mj-chauffage/shop-kernel/locale"
import { optionValueIn } from "@mj-chauffage/shop-kernel/option-words"
import { STANDARD_VAT_RATE, splitTaxIncluded, vatTotals } from "@mj-chauffage/shop-kernel/vat"

export type InvoiceKind = "invoice" | "credit_note"

/**
 * `title`: the part's name; for a delivery its mode ("home", "stopdesk") or else the method's name;
 * empty for a refund (the PDF words delivery and refund in its language). `title_ar`: a part's
 * title in the catalogue's Arabic (ar-DZ translation), for the Arabic PDF.
 */
export type InvoiceLine = { kind: "item" | "delivery" | "refund"; title: string; title_ar?: string; quantity: number; unit_ttc: number; ttc: number; ht: number; tva: number; rate: number }

export type SellerSnapshot = {
  legal_name: string | null
  address: string | null
  address_ar: string | null
  rc: string | null
  nif: string | null
  nis: string | null
  ai: string | null
}

export type BuyerSnapshot = { name: string | null; address: string | null; email: string | null; phone: string | null }

export type InvoiceDraft = {
  kind: InvoiceKind
  order_id: string
  order_display_id: number
  refund_id: string | null
  credits_number: string | null
  issued_at: Date
  currency_code: string
  total_ht: number
  total_tva: number
  total_ttc: number
  lines: InvoiceLine[]
  payment_method: string
  seller: SellerSnapshot
  buyer: BuyerSnapshot
  locale: ShopLocale
}

type Amount = number | string
type TaxLine = { rate?: number | null } | null
type Address = {
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  postal_code?: string | null
  city?: string | null
  phone?: string | null
} | null

/** The order as getOrderDetailWorkflow gives it (totals computed, tax-inclusive). */
export type PaidOrder = {
  id: string
  display_id: number
  email?: string | null
  locale?: string | null
  metadata?: Record<string, unknown> | null
  currency_code: string
  total: Amount
  items?: Array<{ product_id?: string | null; title?: string | null; product_title?: string | null; variant_title?: string | null; quantity: Amount; unit_price: Amount; total: Amount; tax_lines?: TaxLine[] | null } | null> | null
  shipping_methods?: Array<{ name?: string | null; data?: Record<string, unknown> | null; amount: Amount; total: Amount; tax_lines?: TaxLine[] | null } | null> | null
  billing_address?: Address
  shipping_address?: Address
}

/** Medusa's amounts are dinars as numbers or decimal strings; a negative one (a credit) keeps its sign. */
const centimesOf = (amount: Amount): number => {
  const value = typeof amount === "string" ? Number(amount) : amount
  return value < 0 ? -toCentimes(-value) : toCentimes(value)
}

/** The line's VAT rate: its tax line's (Medusa's Algeria region charges 19 %), else the standard rate. */
const rateOf = (taxLines: TaxLine[] | null | undefined): number => {
  const rates = (taxLines ?? []).map((line) => Number(line?.rate ?? 0))
  return rates.length ? rates.reduce((sum, rate) => sum + rate, 0) : STANDARD_VAT_RATE
}

export function sellerSnapshot(identity: ShopIdentity): SellerSnapshot {
  return {
    legal_name: identity.legalName,
    address: identity.address,
    address_ar: identity.addressAr,
    rc: identity.rc,
    nif: identity.nif,
    nis: identity.nis,
    ai: identity.articleImposition,
  }
}

function buyerSnapshot(order: PaidOrder): BuyerSnapshot {
  const address = order.billing_address ?? order.shipping_address ?? null
  const name = [address?.first_name, address?.last_name].filter(Boolean).join(" ") || null
  const street = [address?.company, address?.address_1, address?.address_2, [address?.postal_code, address?.city].filter(Boolean).join(" ")]
    .filter(Boolean)
    .join(", ")
  return { name, address: street || null, email: order.email ?? null, phone: address?.phone ?? null }
}

const SINGLE_VARIANT_TITLES = ["Standard", "Default variant"]

/** The invoice of a paid order: one line per item, one per delivery; totals are the lines' sums. */
export function invoiceDraft(
  order: PaidOrder,
  input: { seller: SellerSnapshot; paymentMethod: string; issuedAt: Date; /** product id → Arabic title */ arabicTitles?: Record<string, string> }
): InvoiceDraft {
  const lines: InvoiceLine[] = []
  for (const item of order.items ?? []) {
    if (!item) continue
    const quantity = Number(item.quantity)
    // A part's only variant ("Standard") is not worth naming.
    const variant = item.variant_title && !SINGLE_VARIANT_TITLES.includes(item.variant_title) ? item.variant_title : ""
    const title = [item.product_title ?? item.title ?? "", variant].filter(Boolean).join(" — ")
    const arabic = item.product_id ? input.arabicTitles?.[item.product_id] : undefined
    const titleAr = arabic ? { title_ar: [arabic, variant && optionValueIn(variant, "ar")].filter(Boolean).join(" — ") } : {}
    lines.push({ kind: "item", title, ...titleAr, quantity, unit_ttc: centimesOf(item.unit_price), ...splitTaxIncluded(centimesOf(item.total), rateOf(item.tax_lines)) })
  }
  for (const method of order.shipping_methods ?? []) {
    if (!method || centimesOf(method.total) === 0) continue
    const mode = method.data?.mode
    lines.push({ kind: "delivery", title: typeof mode === "string" ? mode : method.name ?? "", quantity: 1, unit_ttc: centimesOf(method.amount), ...splitTaxIncluded(centimesOf(method.total), rateOf(method.tax_lines)) })
  }
  const totals = vatTotals(lines)
  if (totals.ttc !== centimesOf(order.total)) {
    // The lines must account for the whole order (a total the lines miss, e.g. a gift card, is not invoiced wrongly).
    throw new Error(`Order ${order.id}: its lines come to ${totals.ttc} centimes, its total to ${centimesOf(order.total)}`)
  }
  return {
    kind: "invoice",
    order_id: order.id,
    order_display_id: order.display_id,
    refund_id: null,
    credits_number: null,
    issued_at: input.issuedAt,
    currency_code: order.currency_code,
    total_ht: totals.ht,
    total_tva: totals.tva,
    total_ttc: totals.ttc,
    lines,
    payment_method: input.paymentMethod,
    seller: input.seller,
    buyer: buyerSnapshot(order),
    locale: shopLocale(order.locale ?? order.metadata?.locale),
  }
}

/** The credit note of one refund: one line for the amount refunded (TTC), at the invoice's rate (the shop sells at one rate, 19 %). */
export function creditNoteDraft(
  invoice: Pick<InvoiceDraft, "order_id" | "order_display_id" | "currency_code" | "payment_method" | "buyer" | "locale" | "lines"> & { number: string },
  refund: { id: string; amount: Amount },
  input: { seller: SellerSnapshot; issuedAt: Date }
): InvoiceDraft {
  const rate = invoice.lines[0]?.rate ?? STANDARD_VAT_RATE
  const ttc = centimesOf(refund.amount)
  if (ttc <= 0) throw new Error(`Refund ${refund.id}: nothing to credit`)
  const line: InvoiceLine = { kind: "refund", title: "", quantity: 1, unit_ttc: ttc, ...splitTaxIncluded(ttc, rate) }
  return {
    kind: "credit_note",
    order_id: invoice.order_id,
    order_display_id: invoice.order_display_id,
    refund_id: refund.id,
    credits_number: invoice.number,
    issued_at: input.issuedAt,
    currency_code: invoice.currency_code,
    total_ht: line.ht,
    total_tva: line.tva,
    total_ttc: line.ttc,
    lines: [line],
    payment_method: invoice.payment_method,
    seller: input.seller,
    buyer: invoice.buyer,
    locale: invoice.locale,
  }
}
