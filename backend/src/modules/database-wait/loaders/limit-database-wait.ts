import type { LoaderOptions } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * How long anything waits for a database connection before it fails (a request is then answered 503 by
 * the error handler; a job's run fails and the next run tries again). Medusa builds its one shared knex
 * pool with knex's default of 60 s and passes no setting for it on (its config copies only min, max and
 * the idle and reap timings to the pool), so while PostgreSQL is away a request would hang a minute and
 * a worker's job would hold its run, and its graceful stop, as long. While the database is there,
 * nothing waits anywhere near this long for a connection.
 */
export const DATABASE_WAIT_MS = 8_000

/**
 * The wait once the pool's last attempt to open a connection failed: the database is away, and a
 * request that needs it several times (a workflow that then records its failure) would otherwise
 * wait 8 s at each. The first request of an outage still rides out a blip of up to 8 s; the next open
 * connection puts the 8 s back.
 */
export const DATABASE_AWAY_WAIT_MS = 1_000

/** The part of tarn's pool (knex's) this uses: it reads acquireTimeoutMillis at each acquire. */
export type ConnectionPool = {
  acquireTimeoutMillis?: number
  on(event: "createFail" | "createSuccess", listener: () => void): unknown
}

/** Sets the pool's wait and keeps it short while connections cannot be opened. */
export function limitPoolWait(pool: ConnectionPool): void {
  pool.acquireTimeoutMillis = DATABASE_WAIT_MS
  pool.on("createFail", () => {
    pool.acquireTimeoutMillis = DATABASE_AWAY_WAIT_MS
  })
  pool.on("createSuccess", () => {
    pool.acquireTimeoutMillis = DATABASE_WAIT_MS
  })
}

/**
 * Limits the shared pool's wait when the module loads, in every process (servers and workers alike: a
 * worker receives no request, so a request middleware would never reach it).
 */
export default async function limitDatabaseWait({ container }: LoaderOptions): Promise<void> {
  const pool = container.resolve<{ client?: { pool?: ConnectionPool } }>(ContainerRegistrationKeys.PG_CONNECTION, { allowUnregistered: true })?.client?.pool
  if (pool) limitPoolWait(pool)
}
