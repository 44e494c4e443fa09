import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { ORDER_LINK_PURPOSE, orderLinkToken } from "../order-links"
import { REGISTRATION_LINK_HOURS, registrationLinkToken, verifyRegistrationLink } from "../registration-links"

describe("registration links", () => {
  const env = { LINK_SIGNING_SECRET: "r".repeat(16) + "Qm83vLx02PzK7wTe" }
  const sentAt = new Date("2026-12-06T09:00:00+01:00")

  it("name the address they were sent to, as the login stores it", () => {
    const verified = verifyRegistrationLink(registrationLinkToken("  Amina.B@Example.DZ ", sentAt, env), sentAt, env)
    assert.deepEqual(verified.ok && verified.subject, "amina.b@example.dz")
  })

  it(`last ${REGISTRATION_LINK_HOURS} hours`, () => {
    const token = registrationLinkToken("amina@example.dz", sentAt, env)
    const justBefore = new Date(sentAt.getTime() + REGISTRATION_LINK_HOURS * 3600_000 - 1000)
    assert.equal(verifyRegistrationLink(token, justBefore, env).ok, true)
    const after = verifyRegistrationLink(token, new Date(sentAt.getTime() + REGISTRATION_LINK_HOURS * 3600_000), env)
    assert.deepEqual(after, { ok: false, reason: "expired" })
  })

  it("are not opened by another link of the shop (an order's link names no e-mail)", () => {
    const orderToken = orderLinkToken("order_01ABC", sentAt, env)
    assert.deepEqual(verifyRegistrationLink(orderToken, sentAt, env), { ok: false, reason: "wrong_purpose" })
    assert.notEqual(ORDER_LINK_PURPOSE, "customer-registration")
  })
})
