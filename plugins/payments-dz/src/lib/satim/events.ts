/** Events of the SATIM payments: `settled` when a payment became an order, or was refunded for want of one. */
export const SATIM_PAYMENT_EVENTS = { settled: "satim.payment.settled" } as const
