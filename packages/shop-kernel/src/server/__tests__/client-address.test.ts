import assert from "node:assert/strict"
import type { IncomingMessage } from "node:http"
import { describe, it } from "node:test"
import { checkTrustedProxies, clientAddress, isTrustedPeer, isTrustedProxyItself, servedOverTls } from "../client-address"

const request = (peer: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress: peer }, connection: { remoteAddress: peer }, headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} }) as unknown as IncomingMessage

describe("clientAddress", () => {
  it("is the socket peer when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    const env = {}
    assert.equal(clientAddress(request("203.0.113.7"), env), "203.0.113.7")
    assert.equal(clientAddress(request("203.0.113.7", "198.51.100.1"), env), "203.0.113.7")
    assert.equal(clientAddress(request("203.0.113.7", "198.51.100.2, 10.0.0.1"), env), "203.0.113.7")
  })

  it("is the forwarded address when the peer is a trusted proxy, and the nearest untrusted hop of a chain", () => {
    const env = { TRUSTED_PROXIES: "loopback, 10.0.0.0/8" }
    assert.equal(clientAddress(request("127.0.0.1", "198.51.100.1"), env), "198.51.100.1")
    // A client that writes its own X-Forwarded-For only prepends: the proxy's entry is the rightmost.
    assert.equal(clientAddress(request("127.0.0.1", "1.2.3.4, 198.51.100.1"), env), "198.51.100.1")
    assert.equal(clientAddress(request("127.0.0.1", "1.2.3.4, 198.51.100.1, 10.1.2.3"), env), "198.51.100.1")
    // A peer outside the trusted list is the client, even with a header.
    assert.equal(clientAddress(request("203.0.113.9", "198.51.100.1"), env), "203.0.113.9")
  })

  it("writes an IPv4 peer seen through an IPv6 socket as IPv4", () => {
    assert.equal(clientAddress(request("::ffff:203.0.113.7"), {}), "203.0.113.7")
  })

  it("refuses a TRUSTED_PROXIES entry that is not an address, a range or a known name", () => {
    assert.throws(() => checkTrustedProxies({ TRUSTED_PROXIES: "storefront.local" }))
    assert.doesNotThrow(() => checkTrustedProxies({ TRUSTED_PROXIES: "loopback,172.16.0.0/12,::1" }))
  })
})

describe("servedOverTls", () => {
  const behind = (peer: string, proto?: string, encrypted = false) =>
    ({ socket: { remoteAddress: peer, encrypted }, headers: proto ? { "x-forwarded-proto": proto } : {} }) as unknown as IncomingMessage

  it("believes X-Forwarded-Proto only from a trusted proxy", () => {
    const env = { TRUSTED_PROXIES: "10.0.0.0/8" }
    assert.equal(servedOverTls(behind("10.0.0.5", "https"), env), true)
    assert.equal(servedOverTls(behind("10.0.0.5", "https, http"), env), true)
    assert.equal(servedOverTls(behind("10.0.0.5", "http"), env), false)
    assert.equal(servedOverTls(behind("203.0.113.7", "https"), env), false)
    assert.equal(servedOverTls(behind("203.0.113.7", "https"), {}), false)
  })

  it("is true on our own TLS socket", () => {
    assert.equal(servedOverTls(behind("203.0.113.7", undefined, true), {}), true)
  })
})

describe("isTrustedProxyItself", () => {
  it("is a trusted proxy that names no client: the storefront reading the catalogue for everyone", () => {
    const env = { TRUSTED_PROXIES: "loopback" }
    assert.equal(isTrustedProxyItself(request("127.0.0.1"), env), true)
    assert.equal(isTrustedProxyItself(request("127.0.0.1", "203.0.113.7"), env), false)
    assert.equal(isTrustedProxyItself(request("203.0.113.7"), env), false)
    assert.equal(isTrustedProxyItself(request("127.0.0.1"), {}), false)
  })
})

describe("isTrustedPeer", () => {
  it("is the socket peer's membership of TRUSTED_PROXIES, whatever headers it sends", () => {
    const env = { TRUSTED_PROXIES: "10.0.0.0/8" }
    assert.equal(isTrustedPeer(request("10.0.0.5"), env), true)
    assert.equal(isTrustedPeer(request("10.0.0.5", "203.0.113.7"), env), true)
    assert.equal(isTrustedPeer(request("203.0.113.7", "10.0.0.5"), env), false)
    assert.equal(isTrustedPeer(request("10.0.0.5"), {}), false)
  })
})
