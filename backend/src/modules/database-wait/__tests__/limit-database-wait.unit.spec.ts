import { EventEmitter } from "node:events"
import { DATABASE_AWAY_WAIT_MS, DATABASE_WAIT_MS, limitPoolWait, type ConnectionPool } from "../loaders/limit-database-wait"

/** Stands for tarn's pool: the events it emits when opening a connection fails or succeeds. */
const poolOf = () => Object.assign(new EventEmitter(), { acquireTimeoutMillis: 60_000 }) as EventEmitter & ConnectionPool

describe("limitPoolWait", () => {
  it("waits 8 s for a connection instead of knex's 60 s", () => {
    const pool = poolOf()
    limitPoolWait(pool)
    expect(pool.acquireTimeoutMillis).toBe(DATABASE_WAIT_MS)
  })

  it("waits 1 s while connections cannot be opened, 8 s again once one opens", () => {
    const pool = poolOf()
    limitPoolWait(pool)
    pool.emit("createFail")
    expect(pool.acquireTimeoutMillis).toBe(DATABASE_AWAY_WAIT_MS)
    pool.emit("createFail")
    expect(pool.acquireTimeoutMillis).toBe(DATABASE_AWAY_WAIT_MS)
    pool.emit("createSuccess")
    expect(pool.acquireTimeoutMillis).toBe(DATABASE_WAIT_MS)
  })
})
