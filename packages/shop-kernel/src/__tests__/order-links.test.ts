import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { ORDER_LINK_PURPOSE, orderPageUrl } from "../order-links"
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
