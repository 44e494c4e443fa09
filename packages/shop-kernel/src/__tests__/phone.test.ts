import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { normalizeAlgerianPhone } from "../phone"

describe("normalizeAlgerianPhone", () => {
  const accepted: [string, string][] = [
    ["0550123456", "+213550123456"],
    ["0550 12 34 56", "+213550123456"],
    ["06-61-23-45-67", "+213661234567"],
    ["07.70.11.22.33", "+213770112233"],
    ["+213550123456", "+213550123456"],
    ["+213 (0)5 50 12 34 56", "+213550123456"],
    ["00213 661 234 567", "+213661234567"],
    ["021 23 45 67", "+21321234567"],
    ["+213 41 23 45 67", "+21341234567"],
  ]
  for (const [input, expected] of accepted) it(`reads ${input}`, () => assert.equal(normalizeAlgerianPhone(input), expected))

  const refused = ["12345", "0450", "0850123456", "055012345", "05501234567", "+33612345678", "0550 12 34 5a", "", "+2130550123456789"]
  for (const input of refused) it(`refuses "${input}"`, () => assert.equal(normalizeAlgerianPhone(input), null))
})

