/**
 * What the cash-on-delivery actions need to know of a Medusa order, read from Query's answer: its
 * cash payment, what is left to ship, the shipped parcel, and what came back. Pure: the workflows
 * read the order, this decides.
 */
type Quantity = number | string | { numeric?: number } | null | undefined

export type OrderForCod = {
  id: string
  status: string
  items?: Array<{ id: string; detail?: { quantity?: Quantity; fulfilled_quantity?: Quantity; shipped_quantity?: Quantity } | null } | null> | null
  fulfillments?: Array<{ id: string; location_id?: string | null; shipped_at?: unknown; delivered_at?: unknown; canceled_at?: unknown } | null> | null
  payment_collections?: Array<{
    id: string
    payments?: Array<{ id: string; provider_id: string; captured_at?: unknown; canceled_at?: unknown } | null> | null
  } | null> | null
}

export type CashOrderFacts = {
  order_id: string
  /** Cancelled in Medusa (by the office's call workflow, a refused parcel, or Medusa's own "Cancel order"). */
  order_canceled: boolean
  /** The cash payment still waiting for the money (authorized, neither captured nor cancelled), if any. */
  open_cash_payment_id: string | null
  /** Whether a cash payment was captured already (through Medusa's own "Capture payment"). */
  cash_captured: boolean
  payment_collection_ids: string[]
  /** Lines and quantities not yet in a fulfilment: what the shipment takes. */
  to_ship: Array<{ id: string; quantity: number }>
  /** The parcel on the road: shipped, not delivered, not cancelled. */
  parcel: { id: string; location_id: string | null } | null
  /** Lines and quantities that left: what comes back when the parcel is refused. */
  shipped: Array<{ id: string; quantity: number }>
}

const toNumber = (value: Quantity): number => {
  if (value == null) return 0
  if (typeof value === "object") return Number(value.numeric ?? 0)
  return Number(value)
}

const present = <T>(values: Array<T | null> | null | undefined): T[] => (values ?? []).filter((value): value is T => value != null)

type WithPayments<Payment> = { payment_collections?: Array<{ payments?: Array<Payment | null> | null } | null> | null }

/** The order's payments through `cashProviderId`: none when it was not placed cash on delivery. */
export function cashPaymentsOf<Payment extends { provider_id: string }>(order: WithPayments<Payment>, cashProviderId: string): Payment[] {
  return present(order.payment_collections)
    .flatMap((collection) => present(collection.payments))
    .filter((payment) => payment.provider_id === cashProviderId)
}

/** Null when the order was not placed cash on delivery (`cashProviderId`). */
export function cashOrderFacts(order: OrderForCod, cashProviderId: string): CashOrderFacts | null {
  const collections = present(order.payment_collections)
  const cashPayments = cashPaymentsOf(order, cashProviderId)
  if (!cashPayments.length) return null
  const open = cashPayments.find((payment) => !payment.captured_at && !payment.canceled_at)
  const items = present(order.items)
  const parcel = present(order.fulfillments).find((fulfillment) => fulfillment.shipped_at && !fulfillment.delivered_at && !fulfillment.canceled_at)
  return {
    order_id: order.id,
    order_canceled: order.status === "canceled",
    open_cash_payment_id: open?.id ?? null,
    cash_captured: cashPayments.some((payment) => Boolean(payment.captured_at)),
    payment_collection_ids: collections.map((collection) => collection.id),
    to_ship: items
      .map((item) => ({ id: item.id, quantity: toNumber(item.detail?.quantity) - toNumber(item.detail?.fulfilled_quantity) }))
      .filter((item) => item.quantity > 0),
    parcel: parcel ? { id: parcel.id, location_id: parcel.location_id ?? null } : null,
    shipped: items.map((item) => ({ id: item.id, quantity: toNumber(item.detail?.shipped_quantity) })).filter((item) => item.quantity > 0),
  }
}

/** The Query fields cashOrderFacts reads. */
export const ORDER_FIELDS_FOR_COD = [
  "id",
  "status",
  "items.id",
  "items.detail.quantity",
  "items.detail.fulfilled_quantity",
  "items.detail.shipped_quantity",
  "fulfillments.id",
  "fulfillments.location_id",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "payment_collections.id",
  "payment_collections.payments.id",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
]
