import assert from "node:assert/strict"
import { describe, it } from "node:test"
import fc from "fast-check"
import { BARIDPAY_MAX_DZD, BARIDPAY_MIN_DZD, checkBaridpayAmount } from "../amount-limits"
import { baridpayDeadlines, dueBaridpayAction, DEFAULT_BARIDPAY_DEADLINES } from "../deadlines"
import { BARIDPAY_ACTIONS, BARIDPAY_STATUSES, nextBaridpayStatus, officeActions } from "../life-cycle"
import { baridpayReference, normalizeTransactionReference, orderNumberOfReference } from "../reference"

describe("the BaridPay life cycle", () => {
  it("moves a waiting order by the customer's reference, the office's decision or the job's expiry", () => {
    assert.deepEqual(nextBaridpayStatus("awaiting_reference", "submit"), { allowed: true, status: "submitted" })
    assert.deepEqual(nextBaridpayStatus("submitted", "submit"), { allowed: true, status: "submitted" })
    assert.deepEqual(nextBaridpayStatus("submitted", "confirm"), { allowed: true, status: "confirmed" })
    assert.deepEqual(nextBaridpayStatus("submitted", "reject"), { allowed: true, status: "rejected" })
    assert.deepEqual(nextBaridpayStatus("awaiting_reference", "expire"), { allowed: true, status: "expired" })
    assert.deepEqual(nextBaridpayStatus("submitted", "expire"), { allowed: false, code: "baridpay_reference_already_sent" })
    assert.deepEqual(nextBaridpayStatus("confirmed", "reject"), { allowed: false, code: "baridpay_already_confirmed" })
    assert.deepEqual(nextBaridpayStatus("expired", "submit"), { allowed: false, code: "baridpay_order_closed" })
    assert.deepEqual(officeActions("submitted"), ["confirm", "reject"])
    assert.deepEqual(officeActions("confirmed"), [])
  })

  it("never leaves a closed order (confirmed, rejected, expired)", () => {
    fc.assert(
      fc.property(fc.constantFrom("confirmed", "rejected", "expired" as const), fc.constantFrom(...BARIDPAY_ACTIONS), (status, action) => {
        assert.equal(nextBaridpayStatus(status, action).allowed, false)
      })
    )
    for (const status of BARIDPAY_STATUSES) assert.ok(BARIDPAY_ACTIONS.some((action) => nextBaridpayStatus(status, action).allowed) === ["awaiting_reference", "submitted"].includes(status))
  })
})

describe("BaridPay amounts", () => {
  it("refuses below 100 DA and above the 500 000 DA daily cap, bounds included", () => {
    assert.deepEqual(checkBaridpayAmount(99.99), { ok: false, code: "baridpay_amount_too_low" })
    assert.deepEqual(checkBaridpayAmount(BARIDPAY_MIN_DZD), { ok: true })
    assert.deepEqual(checkBaridpayAmount(BARIDPAY_MAX_DZD), { ok: true })
    assert.deepEqual(checkBaridpayAmount(500_000.01), { ok: false, code: "baridpay_amount_too_high" })
    assert.deepEqual(checkBaridpayAmount(Number.NaN), { ok: false, code: "baridpay_amount_too_low" })
  })
})

describe("the BaridPay payment reference", () => {
  it("reads back the order number it was made of, typed in any case or spacing", () => {
    assert.equal(baridpayReference(1042), "BP-1042-" + baridpayReference(1042).at(-1))
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), (number) => {
        const reference = baridpayReference(number)
        assert.equal(orderNumberOfReference(reference), number)
        assert.equal(orderNumberOfReference(reference.toLowerCase().replace(/-/g, " ")), number)
      })
    )
  })

  it("catches a mistyped digit", () => {
    const reference = baridpayReference(1042)
    assert.equal(orderNumberOfReference(reference.replace("1042", "1043")), null)
    assert.equal(orderNumberOfReference(reference.replace("1042", "1024")), null)
    assert.throws(() => baridpayReference(0), RangeError)
  })

  it("accepts a BaridiMob transaction reference of 6 to 32 letters and digits, compacted", () => {
    assert.equal(normalizeTransactionReference(" bm 2026-1206 0042 "), "BM202612060042")
    assert.equal(normalizeTransactionReference("12345"), null)
    assert.equal(normalizeTransactionReference("ABC<script>"), null)
    assert.equal(normalizeTransactionReference("A".repeat(33)), null)
  })
})

describe("BaridPay deadlines", () => {
  const placed = new Date("2026-12-01T08:00:00Z")
  const at = (hours: number) => new Date(placed.getTime() + hours * 3_600_000)
  const waiting = { placed_at: placed, reference_sent: false, reminded: false }

  it("reminds once after N hours, cancels after M hours, leaves an order with its reference to the office", () => {
    assert.equal(dueBaridpayAction(waiting, at(23.9), DEFAULT_BARIDPAY_DEADLINES), null)
    assert.equal(dueBaridpayAction(waiting, at(24), DEFAULT_BARIDPAY_DEADLINES), "remind")
    assert.equal(dueBaridpayAction({ ...waiting, reminded: true }, at(30), DEFAULT_BARIDPAY_DEADLINES), null)
    assert.equal(dueBaridpayAction({ ...waiting, reminded: true }, at(72), DEFAULT_BARIDPAY_DEADLINES), "cancel")
    assert.equal(dueBaridpayAction({ ...waiting, reference_sent: true }, at(500), DEFAULT_BARIDPAY_DEADLINES), null)
  })

  it("reads N and M from the environment, falling back on bad values, never reminding after the cancellation", () => {
    assert.deepEqual(baridpayDeadlines({}), DEFAULT_BARIDPAY_DEADLINES)
    assert.deepEqual(baridpayDeadlines({ BARIDPAY_REMINDER_HOURS: "6", BARIDPAY_CANCEL_HOURS: "48" }), { reminder_after_hours: 6, cancel_after_hours: 48 })
    assert.deepEqual(baridpayDeadlines({ BARIDPAY_REMINDER_HOURS: "-1", BARIDPAY_CANCEL_HOURS: "abc" }), DEFAULT_BARIDPAY_DEADLINES)
    assert.deepEqual(baridpayDeadlines({ BARIDPAY_REMINDER_HOURS: "100", BARIDPAY_CANCEL_HOURS: "12" }), { reminder_after_hours: 12, cancel_after_hours: 12 })
  })
})
