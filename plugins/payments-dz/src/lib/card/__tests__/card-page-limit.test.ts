import assert from "node:assert/strict"
import { describe, it } from "node:test"
import fc from "fast-check"
import { CARD_PAGES_PER_CART, CARD_PAGE_WINDOW_MS, cardPageAllowance, cartCardPageAllowance } from "../card-page-limit"

const now = new Date("2026-12-05T10:00:00+01:00")
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000)

describe("cardPageAllowance", () => {
  it("allows three card pages per cart in 15 minutes, then says when the next one may open", () => {
    assert.equal(CARD_PAGES_PER_CART, 3)
    assert.equal(CARD_PAGE_WINDOW_MS, 15 * 60_000)
    assert.deepEqual(cardPageAllowance([], now), { allowed: true })
    assert.deepEqual(cardPageAllowance([minutesAgo(1), minutesAgo(2)], now), { allowed: true })
    // The oldest of the three (10 minutes ago) leaves the window in 5 minutes.
    assert.deepEqual(cardPageAllowance([minutesAgo(1), minutesAgo(10), minutesAgo(2)], now), { allowed: false, retryAfterSeconds: 300 })
  })

  it("forgets pages opened before the window, and never answers less than one second", () => {
    assert.deepEqual(cardPageAllowance([minutesAgo(15), minutesAgo(16), minutesAgo(30), minutesAgo(1)], now), { allowed: true })
    const justInside = new Date(now.getTime() - CARD_PAGE_WINDOW_MS + 10)
    assert.deepEqual(cardPageAllowance([justInside, minutesAgo(1), minutesAgo(2)], now), { allowed: false, retryAfterSeconds: 1 })
  })

  it("property: refused exactly when the window holds the limit, and waiting Retry-After seconds allows the next page", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 * 60_000 }), { maxLength: 12 }), fc.integer({ min: 1, max: 5 }), (ages, limit) => {
        const openedAt = ages.map((age) => new Date(now.getTime() - age))
        const inWindow = ages.filter((age) => age < CARD_PAGE_WINDOW_MS).length
        const allowance = cardPageAllowance(openedAt, now, limit)
        assert.equal(allowance.allowed, inWindow < limit)
        if (!allowance.allowed) {
          assert.ok(allowance.retryAfterSeconds >= 1 && allowance.retryAfterSeconds <= CARD_PAGE_WINDOW_MS / 1000)
          const later = new Date(now.getTime() + allowance.retryAfterSeconds * 1000)
          assert.equal(cardPageAllowance(openedAt, later, limit).allowed, true)
          const sooner = new Date(now.getTime() + (allowance.retryAfterSeconds - 1) * 1000 - 1)
          if (allowance.retryAfterSeconds > 1) assert.equal(cardPageAllowance(openedAt, sooner, limit).allowed, false)
        }
      })
    )
  })
})

describe("cartCardPageAllowance", () => {
  const now = new Date("2027-01-10T10:00:00Z")
  const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000)
  const gateway = (pages: Date[]) => ({ cardPagesOpenedSince: async (_cartId: string, since: Date) => pages.filter((page) => page > since) })

  it("counts every gateway's pages together: two on one and one on the other leave none", async () => {
    assert.deepEqual(await cartCardPageAllowance([gateway([ago(1), ago(2)]), gateway([ago(5)])], "cart_1", now), { allowed: false, retryAfterSeconds: 600 })
    assert.deepEqual(await cartCardPageAllowance([gateway([ago(1), ago(2)]), gateway([])], "cart_1", now), { allowed: true })
  })
})
