import { SESSION_LIMITS, hasExpired, isRevoked } from "../revocation"

describe("revocation rule", () => {
  const revokedAt = Date.parse("2026-12-05T10:00:00.400Z")
  const second = (iso: string) => Date.parse(iso) / 1000

  it("refuses what was issued before or in the second of the revocation, accepts what came after", () => {
    expect(isRevoked(second("2026-12-05T09:59:59Z"), revokedAt)).toBe(true)
    expect(isRevoked(second("2026-12-05T10:00:00Z"), revokedAt)).toBe(true)
    expect(isRevoked(second("2026-12-05T10:00:01Z"), revokedAt)).toBe(false)
  })

  it("nothing revoked: everything stands; a token without its issue time is refused once its account was revoked", () => {
    expect(isRevoked(second("2026-12-05T09:00:00Z"), null)).toBe(false)
    expect(isRevoked(undefined, revokedAt)).toBe(true)
  })
})

describe("session limits", () => {
  const start = Date.parse("2026-12-05T08:00:00Z")
  const minutes = (count: number) => count * 60_000

  it("a customer stays in while active, up to a week; 30 idle minutes end it", () => {
    expect(hasExpired("customer", start, null, start + minutes(29))).toBe(false)
    expect(hasExpired("customer", start, null, start + minutes(31))).toBe(true)
    expect(hasExpired("customer", start, start + minutes(25), start + minutes(50))).toBe(false)
    const lastWeek = start + SESSION_LIMITS.customer.absoluteMs
    expect(hasExpired("customer", start, lastWeek - minutes(1), lastWeek + 1)).toBe(true)
  })

  it("staff: 15 idle minutes, 10 hours at most", () => {
    expect(hasExpired("user", start, null, start + minutes(16))).toBe(true)
    expect(hasExpired("user", start, start + minutes(590), start + minutes(599))).toBe(false)
    expect(hasExpired("user", start, start + minutes(599), start + minutes(601))).toBe(true)
  })
})
