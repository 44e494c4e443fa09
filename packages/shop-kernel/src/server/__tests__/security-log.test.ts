import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { addSecurityLogSink, redacted, securityEvent } from "../security-log"

describe("security log", () => {
  it("writes one JSON line per event, with its time", () => {
    const lines: string[] = []
    const stop = addSecurityLogSink((line) => lines.push(line))
    try {
      securityEvent({ event: "login", outcome: "failure", actor: "client@example.dz", client: "203.0.113.7", request_id: "req-1" }, new Date("2026-12-05T10:00:00Z"))
    } finally {
      stop()
    }
    assert.equal(lines.length, 1)
    assert.ok(lines[0]!.endsWith("\n"))
    assert.deepEqual(JSON.parse(lines[0]!), {
      log: "security",
      at: "2026-12-05T10:00:00.000Z",
      event: "login",
      outcome: "failure",
      actor: "client@example.dz",
      client: "203.0.113.7",
      request_id: "req-1",
    })
  })

  it("never writes a password, a token, a secret or a card number", () => {
    const out = JSON.stringify(
      redacted({ password: "Un-mot-de-passe", nested: { access_token: "eyJ", authorization: "Bearer x", note: "card 6280581110006712 used" }, list: [{ client_secret: "s" }] })
    )
    for (const secret of ["Un-mot-de-passe", "eyJ", "Bearer x", "6280581110006712", '"s"']) assert.ok(!out.includes(secret), secret)
    assert.ok(out.includes("628058…6712"))
    assert.deepEqual(redacted({ pan: "6280581110006712", company: "MJ", cvv2: "123" }), { pan: "[redacted]", company: "MJ", cvv2: "[redacted]" })
  })
})
