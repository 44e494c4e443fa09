import assert from "node:assert/strict"
import { describe, it } from "node:test"
import fc from "fast-check"
import { decidePayment, unreadable } from "../payment-outcome"

const expected = { orderNumber: "4821730956", amountCentimes: 2_490_000 }

/** A deposited payment as acknowledgeTransaction.do answers it, with overrides. */
const answer = (overrides: Record<string, unknown> = {}) => ({
  ErrorCode: "0",
  ErrorMessage: "Success",
  OrderStatus: 2,
  OrderNumber: "4821730956",
  Amount: 2_490_000,
  currency: "012",
  approvalCode: "123456",
  actionCode: 0,
  actionCodeDescription: "Votre paiement a été accepté",
  Pan: "628058**0001",
  params: { respCode: "00", respCode_desc: "Transaction approuvée", udf1: "4821730956" },
  ...overrides,
})

describe("decidePayment", () => {
  const table: Array<[string, unknown, string]> = [
    ["deposited, everything matches", answer(), "paid"],
    ["field names in lower camel case, numbers as strings", { errorCode: 0, orderStatus: "2", orderNumber: "4821730956", amount: "2490000", currency: 12 }, "paid"],
    ["OrderStatus 0 (registered, not paid)", answer({ OrderStatus: 0 }), "pending"],
    ["OrderStatus 1 (pre-authorised only)", answer({ OrderStatus: 1 }), "pending"],
    ["OrderStatus 3 (reversed: rejected)", answer({ OrderStatus: 3 }), "rejected"],
    ["OrderStatus 4 (refunded)", answer({ OrderStatus: 4 }), "refunded"],
    ["OrderStatus 5 (3-D Secure in progress)", answer({ OrderStatus: 5 }), "pending"],
    ["OrderStatus 6 (declined)", answer({ OrderStatus: 6 }), "declined"],
    ["OrderStatus missing", answer({ OrderStatus: undefined }), "unknown"],
    ["OrderStatus 7 (not a status)", answer({ OrderStatus: 7 }), "unknown"],
    ["ErrorCode 2 (declined, payment credentials)", answer({ ErrorCode: "2", OrderStatus: 6 }), "declined"],
    ["ErrorCode 7 (system error) with status 2", answer({ ErrorCode: 7 }), "unknown"],
    ["ErrorCode 5 (access denied)", answer({ ErrorCode: "5" }), "unknown"],
    ["ErrorCode missing", answer({ ErrorCode: undefined }), "unknown"],
    ["wrong amount", answer({ Amount: 2_489_999 }), "mismatch"],
    ["amount missing", answer({ Amount: undefined }), "mismatch"],
    ["amount in dinars instead of centimes", answer({ Amount: 24_900 }), "mismatch"],
    ["wrong currency (EUR)", answer({ currency: "978" }), "mismatch"],
    ["currency missing", answer({ currency: undefined }), "mismatch"],
    ["wrong order number", answer({ OrderNumber: "4821730957" }), "mismatch"],
    ["malformed: a string", "<html>502 Bad Gateway</html>", "unknown"],
    ["malformed: an array", [answer()], "unknown"],
    ["malformed: null", null, "unknown"],
  ]
  for (const [name, body, kind] of table) {
    it(`${name} → ${kind}`, () => assert.equal(decidePayment(expected, body).kind, kind))
  }

  it("a timeout is not a payment", () => assert.deepEqual(unreadable("timeout"), { kind: "unknown", reason: "timeout" }))

  it("says which parts of a deposited answer do not match", () => {
    const outcome = decidePayment(expected, answer({ Amount: 100, currency: "978" }))
    assert.equal(outcome.kind, "mismatch")
    assert.equal(outcome.kind === "mismatch" && outcome.problems.length, 2)
  })

  it("a declined payment shows respCode_desc, else actionCodeDescription", () => {
    // A declined card as SATIM answers it: the bank's refusal in respCode_desc.
    const declined = { respCode: "51", respCode_desc: "Solde insuffisant sur la carte", udf1: "4821730956" }
    const withDescription = decidePayment(expected, answer({ OrderStatus: 6, params: declined, actionCodeDescription: "Paiement refusé" }))
    assert.equal(withDescription.kind === "declined" && withDescription.message, "Solde insuffisant sur la carte")
    const withoutDescription = decidePayment(expected, answer({ OrderStatus: 6, params: {}, actionCodeDescription: "Solde insuffisant" }))
    assert.equal(withoutDescription.kind === "declined" && withoutDescription.message, "Solde insuffisant")
  })

  it("property: paid exactly when ErrorCode 0, OrderStatus 2, amount, currency and order number all match", () => {
    const maybe = <T>(value: fc.Arbitrary<T>) => fc.oneof(value, fc.constant(undefined))
    fc.assert(
      fc.property(
        fc.record({
          errorCode: maybe(fc.oneof(fc.constant(0), fc.integer({ min: -1, max: 8 }), fc.constant("0"), fc.constant("7"))),
          orderStatus: maybe(fc.oneof(fc.integer({ min: -1, max: 8 }), fc.constant("2"))),
          amount: maybe(fc.oneof(fc.constant(expected.amountCentimes), fc.integer({ min: 0, max: 10_000_000 }), fc.constant(String(expected.amountCentimes)))),
          currency: maybe(fc.constantFrom("012", "12", 12, "978", "840", "")),
          orderNumber: maybe(fc.oneof(fc.constant(expected.orderNumber), fc.stringMatching(/^\d{10}$/))),
        }),
        (fields) => {
          const body = { ErrorCode: fields.errorCode, OrderStatus: fields.orderStatus, Amount: fields.amount, currency: fields.currency, OrderNumber: fields.orderNumber }
          const allHold =
            Number(fields.errorCode) === 0 && fields.errorCode !== undefined &&
            Number(fields.orderStatus) === 2 && fields.orderStatus !== undefined &&
            Number(fields.amount) === expected.amountCentimes && fields.amount !== undefined &&
            fields.currency !== undefined && fields.currency !== "" && Number(fields.currency) === 12 &&
            fields.orderNumber === expected.orderNumber
          assert.equal(decidePayment(expected, body).kind === "paid", allHold)
        }
      ),
      { numRuns: 2000 }
    )
  })
})
