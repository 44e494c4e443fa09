import { isServiceOutage } from "../outage"

const withCode = (code: string, message = "failed") => Object.assign(new Error(message), { code })

describe("a failure that means the database or Redis is away", () => {
  it("recognises PostgreSQL stopping, starting or refusing connections", () => {
    expect(isServiceOutage(withCode("57P01", "terminating connection due to administrator command"))).toBe(true)
    expect(isServiceOutage(withCode("57P03", "the database system is starting up"))).toBe(true)
    expect(isServiceOutage(withCode("08006"))).toBe(true)
    expect(isServiceOutage(withCode("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:5432"))).toBe(true)
    expect(isServiceOutage(new Error("Connection terminated unexpectedly"))).toBe(true)
    expect(isServiceOutage(Object.assign(new Error("Knex: Timeout acquiring a connection. The pool is probably full."), { name: "KnexTimeoutError" }))).toBe(true)
  })

  it("recognises Redis away (ioredis)", () => {
    expect(isServiceOutage(new Error("Connection is closed."))).toBe(true)
    expect(isServiceOutage(new Error("Stream isn't writeable and enableOfflineQueue options is false"))).toBe(true)
    expect(isServiceOutage(Object.assign(new Error("Reached the max retries per request limit (which is 1)."), { name: "MaxRetriesPerRequestError" }))).toBe(true)
  })

  it("reads the causes of a wrapped failure, a few levels deep", () => {
    const wrapped = Object.assign(new Error("step failed"), { cause: Object.assign(new Error("query failed"), { cause: withCode("57P01") }) })
    expect(isServiceOutage(wrapped)).toBe(true)
    const cycle: { message: string; cause?: unknown } = { message: "loop" }
    cycle.cause = cycle
    expect(isServiceOutage(cycle)).toBe(false)
  })

  it("leaves every other failure alone: a bug, a refused value, a conflict", () => {
    expect(isServiceOutage(new TypeError("Cannot read properties of undefined"))).toBe(false)
    expect(isServiceOutage(withCode("22003", "numeric field overflow"))).toBe(false)
    expect(isServiceOutage(withCode("23P01", "conflicting key value violates exclusion constraint"))).toBe(false)
    expect(isServiceOutage(withCode("23505", "duplicate key value"))).toBe(false)
    expect(isServiceOutage(undefined)).toBe(false)
    expect(isServiceOutage("Connection terminated")).toBe(false)
  })
})
