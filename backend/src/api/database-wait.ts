import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * How long a request waits for a database connection before it fails (and is answered 503 by the
 * error handler). Medusa builds its one shared knex pool with knex's default of 60 s and passes no
 * setting for it on, so a request that arrives while PostgreSQL is away would hang a minute; while
 * the database is there, no request waits anywhere near this long for a connection.
 */
export const DATABASE_WAIT_MS = 8_000

type SharedConnection = { client?: { pool?: { acquireTimeoutMillis?: number } } }

let limited = false

/** Sets the shared pool's wait once, on the process's first request (tarn reads it on each acquire). */
export function limitDatabaseWait(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (!limited) {
    limited = true
    const pool = req.scope.resolve<SharedConnection>(ContainerRegistrationKeys.PG_CONNECTION).client?.pool
    if (pool) pool.acquireTimeoutMillis = DATABASE_WAIT_MS
  }
  next()
}
