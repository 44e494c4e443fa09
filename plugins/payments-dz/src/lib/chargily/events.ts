/** Events of the Chargily checkouts: `refund_due` when a paid checkout could not become the order (the customer is told). */
export const CHARGILY_CHECKOUT_EVENTS = { refund_due: "chargily.checkout.refund_due" } as const
