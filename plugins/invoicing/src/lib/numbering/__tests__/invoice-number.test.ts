import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { formatInvoiceNumber, invoiceYear } from "../invoice-number"

describe("invoice numbers", () => {
  it("writes the year and a six-digit sequence", () => {
    assert.equal(formatInvoiceNumber(2027, 1), "2027-000001")
    assert.equal(formatInvoiceNumber(2027, 123_456), "2027-123456")
    assert.throws(() => formatInvoiceNumber(2027, 0), RangeError)
    assert.throws(() => formatInvoiceNumber(2027, 1_000_000), RangeError)
  })

  it("takes the year in Algiers (UTC+1), not in UTC", () => {
    assert.equal(invoiceYear(new Date("2026-12-31T22:59:59Z")), 2026)
    assert.equal(invoiceYear(new Date("2026-12-31T23:00:00Z")), 2027)
    assert.equal(invoiceYear("2027-06-01T12:00:00Z"), 2027)
  })
})
