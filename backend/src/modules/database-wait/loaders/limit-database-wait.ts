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

type SharedConnection = { client?: { pool?: { acquireTimeoutMillis?: number } } }

/**
 * Sets the shared pool's wait when the module loads, in every process (servers and workers alike: a
 * worker receives no request, so a request middleware would never reach it). tarn reads the value on
 * each acquire.
 */
export default async function limitDatabaseWait({ container }: LoaderOptions): Promise<void> {
  const pool = container.resolve<SharedConnection>(ContainerRegistrationKeys.PG_CONNECTION, { allowUnregistered: true })?.client?.pool
  if (pool) pool.acquireTimeoutMillis = DATABASE_WAIT_MS
}
