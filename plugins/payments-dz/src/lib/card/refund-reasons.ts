/** Why a card deposit (SATIM, Chargily) was given back by the shop itself (not by the office on an order). */
export const CARD_REFUND_REASONS = [
  "no_order", // paid, but the cart could no longer become an order (a part went out of stock)
  "already_ordered", // the cart had already been ordered with another payment (another card page, cash on delivery)
  "replaced", // a newer card page, or another way of paying, was chosen before this page was paid
] as const
export type CardRefundReason = (typeof CARD_REFUND_REASONS)[number]
