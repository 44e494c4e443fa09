import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { shopperAddress } from "../shopper-address"

describe("shopperAddress", () => {
  it("keeps the entry nearest to this server: the one our proxy (or Next, from the socket) wrote", () => {
    assert.equal(shopperAddress("198.51.100.7"), "198.51.100.7")
    assert.equal(shopperAddress("1.2.3.4, 198.51.100.7"), "198.51.100.7")
    assert.equal(shopperAddress("::ffff:127.0.0.1"), "::ffff:127.0.0.1")
    assert.equal(shopperAddress("2001:db8::1"), "2001:db8::1")
  })

  it("passes nothing on for a missing or odd header", () => {
    assert.equal(shopperAddress(null), undefined)
    assert.equal(shopperAddress(""), undefined)
    assert.equal(shopperAddress("1.2.3.4, not an address"), undefined)
    assert.equal(shopperAddress("1.2.3.4,\r\nx-evil: 1"), undefined)
  })
})
