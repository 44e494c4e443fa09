import { isRevoked } from "../revocation"

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
