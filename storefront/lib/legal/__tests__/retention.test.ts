import assert from "node:assert/strict"
import fs from "node:fs"
import path from "node:path"
import { describe, it } from "node:test"
import { ORDER_LINK_DAYS } from "@mj-chauffage/shop-kernel/order-links"
import { LOGIN_ATTEMPTS_PER_CLIENT, LOGIN_FAILURES_PER_ACCOUNT, REGISTRATIONS_PER_CLIENT, RESETS_PER_CLIENT } from "../../../../backend/src/api/auth/limits"
import { SESSION_LIMITS } from "../../../../backend/src/lib/auth/revocation"
import { RETENTION } from "../retention"

// The privacy policy must say what the code does: each duration it states is checked against its source.
describe("RETENTION, as the privacy policy states it", () => {
  it("gives the order link's validity", () => {
    assert.equal(RETENTION.orderLinkDays, ORDER_LINK_DAYS)
  })

  it("gives a customer session's idle and absolute limits", () => {
    assert.equal(RETENTION.sessionIdleMinutes * 60_000, SESSION_LIMITS.customer.idleMs)
    assert.equal(RETENTION.sessionMaxDays * 86_400_000, SESSION_LIMITS.customer.absoluteMs)
  })

  it("gives the longest window of the attempt counters", () => {
    const longest = Math.max(...[LOGIN_ATTEMPTS_PER_CLIENT, LOGIN_FAILURES_PER_ACCOUNT, REGISTRATIONS_PER_CLIENT, RESETS_PER_CLIENT].map((limit) => limit.durationSeconds))
    assert.equal(RETENTION.attemptCountersMinutes * 60, longest)
  })

  it("gives the cart cookie's lifetime", () => {
    // cart-cookie.ts is server-only (next/headers): its maxAge is read from the source.
    const source = fs.readFileSync(path.join(__dirname, "..", "..", "cart", "cart-cookie.ts"), "utf8")
    const days = /maxAge:\s*(\d+)\s*\*\s*86_400/.exec(source)?.[1]
    assert.equal(Number(days), RETENTION.cartCookieDays)
  })
})
