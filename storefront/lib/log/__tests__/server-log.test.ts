/* eslint-disable no-console -- these tests route the console itself */
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { routeConsoleToLog, serverLogFor } from "../server-log"

const AT = new Date("2026-12-06T15:00:00+01:00")

describe("storefront server log", () => {
  it("writes JSON lines in production, with the page request's id and the error's stack", () => {
    const lines: string[] = []
    const log = serverLogFor({ NODE_ENV: "production" }, (line) => lines.push(line), () => AT)
    log("error", "GET /fr/panier failed", { requestId: "3f1c9a52-0000-4000-8000-000000000001", error: new Error("Medusa unreachable") })
    assert.equal(lines.length, 1)
    const parsed = JSON.parse(lines[0]!)
    assert.equal(parsed.timestamp, "2026-12-06T14:00:00.000Z")
    assert.equal(parsed.level, "error")
    assert.equal(parsed.message, "GET /fr/panier failed: Medusa unreachable")
    assert.equal(parsed.request_id, "3f1c9a52-0000-4000-8000-000000000001")
    assert.match(parsed.stack, /^Error: Medusa unreachable\n/)
  })

  it("writes readable text in development and keeps LOG_LEVEL's threshold", () => {
    const lines: string[] = []
    const log = serverLogFor({ NODE_ENV: "development", LOG_LEVEL: "warn" }, (line) => lines.push(line), () => AT)
    log("info", "not shown")
    log("warn", "slow answer")
    assert.deepEqual(lines, ["warn  slow answer\n"])
  })

  it("turns console output into log lines, an error argument into its stack", () => {
    const lines: string[] = []
    const log = serverLogFor({ NODE_ENV: "production" }, (line) => lines.push(line), () => AT)
    const saved = { error: console.error, warn: console.warn, info: console.info, log: console.log, debug: console.debug }
    try {
      routeConsoleToLog(log)
      console.error("render failed for %s", "/fr", new Error("boom"))
      console.log("▲ Next.js ready")
    } finally {
      Object.assign(console, saved)
    }
    const [error, info] = lines.map((line) => JSON.parse(line))
    assert.equal(error.level, "error")
    assert.equal(error.message, "render failed for /fr: boom")
    assert.match(error.stack, /Error: boom/)
    assert.deepEqual([info.level, info.message], ["info", "▲ Next.js ready"])
  })
})
