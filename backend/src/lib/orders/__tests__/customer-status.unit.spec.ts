import fc from "fast-check"
import { CUSTOMER_ORDER_STATUSES } from "@mj-chauffage/shop-kernel/customer-order"
import { customerOrderStatus, refundedTotal, type MedusaOrderStatuses } from "../customer-status"

const row = (status: string, payment_status: string, fulfillment_status: string, returns: string[] = []): MedusaOrderStatuses => ({
  status,
  payment_status,
  fulfillment_status,
  returns: returns.map((returnStatus) => ({ status: returnStatus })),
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
    ["paid then fully refunded (a commercial gesture, a parcel lost)", row("pending", "refunded", "not_fulfilled"), "REFUNDED"],
    ["delivered, returned and refunded", row("completed", "refunded", "delivered", ["received"]), "REFUNDED"],
    ["delivered, a return requested but not received yet", row("completed", "captured", "delivered", ["requested"]), "PAID"],
    ["delivered, the return received, no refund yet", row("completed", "captured", "delivered", ["received"]), "RETURNED"],
    ["delivered, part of the return received", row("completed", "captured", "delivered", ["partially_received"]), "RETURNED"],
    ["a cancelled return and a received one", row("completed", "captured", "delivered", ["canceled", "received"]), "RETURNED"],
    ["returned, then partly refunded", row("completed", "partially_refunded", "delivered", ["received"]), "PAID"],
    ["shipped, partly refunded (a price error)", row("pending", "partially_refunded", "shipped"), "SHIPPED"],
    ["a paid order cancelled by the office (so refunded)", row("canceled", "refunded", "not_fulfilled"), "CANCELLED"],
    ["cash on delivery refused at the door: its return received, the order cancelled", row("canceled", "canceled", "shipped", ["received"]), "CANCELLED"],
    ["cancelled before shipping", row("canceled", "canceled", "not_fulfilled"), "CANCELLED"],
    ["draft order", row("draft", "not_paid", "not_fulfilled"), "PENDING"],
  ])("%s → %s", (_label, order, expected) => {
    expect(customerOrderStatus(order)).toBe(expected)
  })
})

const ORDER_STATUSES = ["pending", "completed", "draft", "archived", "canceled", "requires_action"]
const PAYMENT_STATUSES = ["not_paid", "awaiting", "authorized", "partially_authorized", "captured", "partially_captured", "partially_refunded", "refunded", "canceled", "requires_action"]
const FULFILLMENT_STATUSES = ["not_fulfilled", "partially_fulfilled", "fulfilled", "partially_shipped", "shipped", "partially_delivered", "delivered", "canceled"]
const RETURN_STATUSES = ["open", "requested", "received", "partially_received", "canceled"]

const anyOrder = fc.record({
  status: fc.constantFrom(...ORDER_STATUSES),
  payment_status: fc.constantFrom(...PAYMENT_STATUSES),
  fulfillment_status: fc.constantFrom(...FULFILLMENT_STATUSES),
  returns: fc.array(fc.record({ status: fc.constantFrom(...RETURN_STATUSES) }), { maxLength: 3 }),
})

describe("customerOrderStatus over every combination of Medusa's states", () => {
  it("always answers one of the six statuses", () => {
    fc.assert(fc.property(anyOrder, (order) => CUSTOMER_ORDER_STATUSES.includes(customerOrderStatus(order))))
  })

  it("a cancelled order is CANCELLED, whatever was paid, shipped or returned", () => {
    fc.assert(fc.property(anyOrder, (order) => customerOrderStatus({ ...order, status: "canceled" }) === "CANCELLED"))
  })

  it("an order not cancelled and refunded in full is REFUNDED, returned or not", () => {
    fc.assert(
      fc.property(anyOrder, (order) => {
        fc.pre(order.status !== "canceled")
        return customerOrderStatus({ ...order, payment_status: "refunded" }) === "REFUNDED"
      })
    )
  })

  it("without a received return nor a full refund, the four statuses of before", () => {
    const unreturned = anyOrder.map((order) => ({ ...order, returns: order.returns.filter((orderReturn) => !orderReturn.status.includes("received")) }))
    fc.assert(
      fc.property(unreturned, (order) => {
        fc.pre(order.payment_status !== "refunded")
        return ["PENDING", "PAID", "SHIPPED", "CANCELLED"].includes(customerOrderStatus(order))
      })
    )
  })

  it("a return received before any refund is RETURNED, and the order's returns not read say nothing", () => {
    fc.assert(
      fc.property(anyOrder, (order) => {
        fc.pre(order.status !== "canceled" && !["refunded", "partially_refunded"].includes(order.payment_status))
        const received = customerOrderStatus({ ...order, returns: [...order.returns, { status: "received" }] }) === "RETURNED"
        const { returns: _unread, ...withoutReturns } = order
        const unread = customerOrderStatus(withoutReturns) === customerOrderStatus({ ...order, returns: [] })
        return received && unread
      })
    )
  })
})

describe("refundedTotal", () => {
  it("adds up the refunds of every payment collection, none when there is none", () => {
    expect(refundedTotal({ payment_collections: [{ refunded_amount: 1200 }, { refunded_amount: "300" }, null, { refunded_amount: null }] })).toBe(1500)
    expect(refundedTotal({})).toBe(0)
  })
})
