import { readinessReport, withinTime } from "../report"

describe("readinessReport", () => {
  it("is ready when nothing failed, a skipped check included", () => {
    expect(readinessReport({ database: "ok", redis: "skipped", migrations: "ok" })).toEqual({
      status: "ready",
      checks: { database: "ok", redis: "skipped", migrations: "ok" },
    })
  })

  it("is not ready as soon as one check failed, and names it", () => {
    expect(readinessReport({ database: "ok", redis: "failed", migrations: "ok" })).toEqual({
      status: "not_ready",
      checks: { database: "ok", redis: "failed", migrations: "ok" },
    })
  })
})

describe("withinTime", () => {
  it("passes on an answer in time and rejects one that never comes", async () => {
    await expect(withinTime(async () => "answered", 1000)).resolves.toBe("answered")
    await expect(withinTime(() => new Promise(() => undefined), 20)).rejects.toThrow("no answer within 20 ms")
  })
})
