import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { storefrontUrl } from "../storefront-url"

describe("storefrontUrl", () => {
  it("uses STOREFRONT_URL without its trailing slash, else the local storefront port", () => {
    assert.equal(storefrontUrl({ STOREFRONT_URL: "https://mj-chauffage.dz/" }), "https://mj-chauffage.dz")
    assert.equal(storefrontUrl({ STOREFRONT_PORT: "8100" }), "http://localhost:8100")
    assert.equal(storefrontUrl({}), "http://localhost:8000")
  })
})
