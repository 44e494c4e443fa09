import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { cashTotals } from "../cash-totals"

describe("cash per technician per day", () => {
  it("groups by Algiers day (23:30 UTC is the next day in Algiers) and keeps what is not checked in", () => {
    const totals = cashTotals([
      { technician_id: "tech_a", created_at: "2027-01-05T10:00:00Z", amount_collected: 4300, expected_amount: 4300, reconciled_at: "2027-01-05T17:00:00Z" },
      { technician_id: "tech_a", created_at: "2027-01-05T14:00:00Z", amount_collected: 2500, expected_amount: 2800 },
      { technician_id: "tech_a", created_at: "2027-01-05T23:30:00Z", amount_collected: 2000, expected_amount: 2000 },
      { technician_id: "tech_b", created_at: "2027-01-05T09:00:00Z", amount_collected: 3000, expected_amount: 3000 },
    ])
    assert.deepEqual(totals, [
      { technician_id: "tech_a", date: "2027-01-06", visits: 1, collected: 2000, expected: 2000, unreconciled: 2000 },
      { technician_id: "tech_a", date: "2027-01-05", visits: 2, collected: 6800, expected: 7100, unreconciled: 2500 },
      { technician_id: "tech_b", date: "2027-01-05", visits: 1, collected: 3000, expected: 3000, unreconciled: 3000 },
    ])
  })
})
