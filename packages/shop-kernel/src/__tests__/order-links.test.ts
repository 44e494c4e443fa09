import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { ORDER_LINK_DAYS, ORDER_LINK_PURPOSE, openOrderLink, orderLinkToken, orderPageUrl } from "../order-links"
import { verifyLink } from "../signed-links"

describe("orderPageUrl", () => {
  const env = { STOREFRONT_URL: "https://mj-chauffage.dz/", LINK_SIGNING_SECRET: "k".repeat(16) + "Xk39fQz81LmP0wRt" }

  it("opens the order page in the customer's language with a token signed for that order", () => {
    const url = new URL(orderPageUrl("order_01ABC", "ar", env))
    assert.equal(`${url.origin}${url.pathname}`, "https://mj-chauffage.dz/ar/commande")
    const verified = verifyLink(url.searchParams.get("token")!, ORDER_LINK_PURPOSE, env.LINK_SIGNING_SECRET)
    assert.deepEqual(verified.ok && verified.subject, "order_01ABC")
  })
})

describe("openOrderLink", () => {
  const env = { LINK_SIGNING_SECRET: "k".repeat(16) + "Xk39fQz81LmP0wRt" }
  const issued = new Date("2027-01-05T10:00:00+01:00")
  const token = orderLinkToken("order_01ABC", issued, env)

  it("opens its order while it is valid", () => {
    assert.deepEqual(openOrderLink(token, new Date(issued.getTime() + 86_400_000), env), { ok: true, orderId: "order_01ABC" })
  })

  it("refuses an expired link with 410 link_expired, anything else with 403 link_invalid", () => {
    const late = openOrderLink(token, new Date(issued.getTime() + (ORDER_LINK_DAYS + 1) * 86_400_000), env)
    assert.deepEqual(late.ok ? null : [late.status, late.body.code], [410, "link_expired"])
    for (const bad of [token.slice(0, -2) + "xx", "pas-un-lien", ""]) {
      const refused = openOrderLink(bad, issued, env)
      assert.deepEqual(refused.ok ? null : [refused.status, refused.body.code], [403, "link_invalid"])
    }
  })
})
