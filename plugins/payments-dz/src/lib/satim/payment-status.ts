/** Where a card payment attempt stands (shared by the model, the workflows and the storefront). */
export const SATIM_PAYMENT_STATUSES = [
  "registering", // recorded, register.do not answered yet
  "register_failed", // SATIM refused or could not be reached: nothing to pay
  "awaiting_card", // the customer is on SATIM's card page
  "paid", // deposited and checked (amount, currency, order number)
  "declined", // refused by the bank or the gateway (OrderStatus 6)
  "rejected", // OrderStatus 3: the certification's fixed message
  "mismatch", // deposited but not what we asked for: the merchant must look
  "refunded", // given back: the cart could not become an order, or refunded in full
] as const
export type SatimPaymentStatus = (typeof SATIM_PAYMENT_STATUSES)[number]
