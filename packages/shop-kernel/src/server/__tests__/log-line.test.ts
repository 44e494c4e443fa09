import assert from "node:assert/strict"
import { describe, it } from "node:test"
import fc from "fast-check"
import { isLogged, jsonLogLine, logLevelOf, readableLine } from "../log-line"

const AT = new Date("2026-12-06T14:00:00+01:00")

describe("application log line", () => {
  it("is one JSON object on one line: time, level, message and the request's id", () => {
    const line = jsonLogLine({ level: "info", message: "E-mail sent", requestId: "req-12345678" }, AT)
    assert.ok(line.endsWith("\n"))
    assert.equal(line.trimEnd().includes("\n"), false)
    assert.deepEqual(JSON.parse(line), { timestamp: "2026-12-06T13:00:00.000Z", level: "info", message: "E-mail sent", request_id: "req-12345678" })
  })

  it("has no request_id outside a request", () => {
    assert.equal("request_id" in JSON.parse(jsonLogLine({ level: "warn", message: "job" }, AT)), false)
  })

  it("carries an error's message, its stack as text and its cause", () => {
    const error = Object.assign(new Error("connection refused"), { cause: { code: "ECONNREFUSED" } })
    const parsed = JSON.parse(jsonLogLine({ level: "error", message: "Order not placed", error }, AT))
    assert.equal(parsed.message, "Order not placed: connection refused")
    assert.equal(typeof parsed.stack, "string")
    assert.match(parsed.stack, /^Error: connection refused\n\s+at /)
    assert.match(parsed.cause, /ECONNREFUSED/)
  })

  it("keeps details but never lets them replace the line's own fields", () => {
    const parsed = JSON.parse(jsonLogLine({ level: "info", message: "done", requestId: "r-00000001", details: { activity_id: "a1", duration: 12, level: "error", request_id: "forged" } }, AT))
    assert.deepEqual(parsed, { timestamp: "2026-12-06T13:00:00.000Z", level: "info", message: "done", request_id: "r-00000001", activity_id: "a1", duration: 12 })
  })

  it("writes a line whatever the details hold (cycles, bigints, any text)", () => {
    fc.assert(
      fc.property(fc.string(), fc.anything(), (message, detail) => {
        const cyclic: Record<string, unknown> = { detail, big: 10n }
        cyclic.self = cyclic
        const line = jsonLogLine({ level: "debug", message, details: { cyclic } }, AT)
        assert.equal(line.split("\n").length, 2)
        assert.equal(JSON.parse(line).message, message)
      }),
    )
  })

  it("writes a bigint as its digits (no cycle: the JSON path, not the inspect fallback)", () => {
    const parsed = JSON.parse(jsonLogLine({ level: "info", message: "counted", details: { big: 10n, nested: { big: 2n ** 70n } } }, AT))
    assert.equal(parsed.big, "10")
    assert.equal(parsed.nested.big, "1180591620717411303424")
  })

  it("filters by npm levels and reads LOG_LEVEL", () => {
    assert.equal(isLogged("error", "warn"), true)
    assert.equal(isLogged("info", "warn"), false)
    assert.equal(isLogged("http", "http"), true)
    assert.equal(logLevelOf("debug", "http"), "debug")
    assert.equal(logLevelOf("loud", "http"), "http")
    assert.equal(logLevelOf(undefined, "info"), "info")
  })

  it("reads as text in development, stack below", () => {
    const text = readableLine({ level: "warn", message: "slow", requestId: "r-00000002", error: new Error("timeout") })
    assert.match(text, /^warn {2}slow: timeout \[r-00000002\]\nError: timeout\n/)
  })
})
