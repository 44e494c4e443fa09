import { customerOrderStatus, type MedusaOrderStatuses } from "../customer-status"

const row = (status: string, payment_status: string, fulfillment_status: string): MedusaOrderStatuses => ({
  status,
  payment_status,
  fulfillment_status,
})

describe("customerOrderStatus", () => {
  it.each([
    ["cash on delivery, just placed", row("pending", "authorized", "not_fulfilled"), "PENDING"],
    ["cash on delivery, packed but not handed to the courier", row("pending", "authorized", "fulfilled"), "PENDING"],
    ["cash on delivery, shipped before it is paid", row("pending", "authorized", "shipped"), "SHIPPED"],
    ["cash on delivery, delivered and cash captured", row("completed", "captured", "delivered"), "PAID"],
    ["cash on delivery, delivered but the cash not yet collected", row("pending", "authorized", "delivered"), "SHIPPED"],
    ["cash on delivery, refused at the door and cancelled", row("canceled", "canceled", "shipped"), "CANCELLED"],
    ["card payment awaiting the gateway", row("pending", "awaiting", "not_fulfilled"), "PENDING"],
    ["card payment not paid at all", row("pending", "not_paid", "not_fulfilled"), "PENDING"],
    ["card payment captured", row("pending", "captured", "not_fulfilled"), "PAID"],
    ["paid and partially fulfilled", row("pending", "captured", "partially_fulfilled"), "PAID"],
    ["paid and partially shipped", row("pending", "captured", "partially_shipped"), "SHIPPED"],
    ["paid and partially delivered", row("pending", "captured", "partially_delivered"), "SHIPPED"],
    ["paid then partially refunded", row("pending", "partially_refunded", "not_fulfilled"), "PAID"],
    ["paid then fully refunded", row("pending", "refunded", "not_fulfilled"), "CANCELLED"],
    ["delivered, returned and refunded", row("completed", "refunded", "delivered"), "CANCELLED"],
    ["cancelled before shipping", row("canceled", "canceled", "not_fulfilled"), "CANCELLED"],
    ["draft order", row("draft", "not_paid", "not_fulfilled"), "PENDING"],
  ])("%s → %s", (_label, order, expected) => {
    expect(customerOrderStatus(order)).toBe(expected)
  })
})
