import { ownerNeedsNoMove } from "../guest-cart-owner"

describe("ownerNeedsNoMove", () => {
  it("settles a new cart from its customer_id: none, or the requester's own", () => {
    expect(ownerNeedsNoMove({ customer_id: null }, null)).toBe(true)
    expect(ownerNeedsNoMove({ customer_id: "cus_1" }, "cus_1")).toBe(true)
  })

  it("leaves a cart with another customer's id to the read, which knows whether it is an account", () => {
    expect(ownerNeedsNoMove({ customer_id: "cus_1" }, null)).toBe(false)
    expect(ownerNeedsNoMove({ customer_id: "cus_1" }, "cus_2")).toBe(false)
  })

  it("settles a refreshed cart from its customer: none, a guest, or the requester", () => {
    expect(ownerNeedsNoMove({ customer: null }, null)).toBe(true)
    expect(ownerNeedsNoMove({ customer: { id: "cus_1", has_account: false } }, null)).toBe(true)
    expect(ownerNeedsNoMove({ customer: { id: "cus_1", has_account: true } }, "cus_1")).toBe(true)
  })

  it("moves an account's cart that another requester (or a guest) touched", () => {
    expect(ownerNeedsNoMove({ customer: { id: "cus_1", has_account: true } }, null)).toBe(false)
    expect(ownerNeedsNoMove({ customer: { id: "cus_1", has_account: true } }, "cus_2")).toBe(false)
    // has_account not read: not settled here.
    expect(ownerNeedsNoMove({ customer: { id: "cus_1" } }, null)).toBe(false)
  })

  it("reads when the workflow holds nothing about the owner", () => {
    expect(ownerNeedsNoMove({}, null)).toBe(false)
    expect(ownerNeedsNoMove({ customer_id: undefined }, null)).toBe(false)
  })
})
