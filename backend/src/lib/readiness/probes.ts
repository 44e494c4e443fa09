import fs from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import Redis from "ioredis"
import { MedusaModule } from "@medusajs/framework/modules-sdk"

/** The slice of knex the probes use (Medusa's PG_CONNECTION). */
export type SqlConnection = { raw: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }

export async function databaseAnswers(pg: SqlConnection): Promise<void> {
  await pg.raw("select 1")
}

/**
 * A fresh connection per probe, closed after it: no offline queue and no retry, so an unreachable
 * Redis fails within the connect timeout instead of holding the probe; a restarted Redis is seen at once.
 */
export async function redisAnswers(redisUrl: string, timeoutMs: number): Promise<void> {
  const client = new Redis(redisUrl, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: timeoutMs,
  })
  client.on("error", () => undefined) // reported by the rejected connect or ping below
  try {
    await client.connect()
    const answer = await client.ping()
    if (answer !== "PONG") throw new Error(`Redis answered ${answer}`)
  } finally {
    client.disconnect()
  }
}

// Compiled (.js) in a build, TypeScript when run from source (tests); never index or .d.ts.
const MIGRATION_FILE = /^(?!index\.)[^.]+\.[jt]s$/
let expectedMigrations: string[] | undefined
const loadModule = createRequire(__filename)

/**
 * Every module migration this build ships: the `migrations` folder beside each loaded module's entry
 * file, which is where Medusa's module loader points MikroORM (modules-sdk load-internal.js). Like that
 * loader, a re-export (`@medusajs/medusa/product`) is followed to its `discoveryPath` (`@medusajs/product`).
 * Read once: the build does not change while the process runs.
 */
function shippedModuleMigrations(): string[] {
  if (expectedMigrations) return expectedMigrations
  const names = new Set<string>()
  for (const resolution of MedusaModule.getAllModuleResolutions()) {
    // Links and disabled modules have no path (false or ""): their tables are not MikroORM migrations.
    if (typeof resolution.resolutionPath !== "string" || !resolution.resolutionPath) continue
    const entry = (loadModule(resolution.resolutionPath) as { discoveryPath?: string }).discoveryPath ?? resolution.resolutionPath
    const folder = path.join(path.dirname(entry), "migrations")
    if (!fs.existsSync(folder)) continue
    for (const file of fs.readdirSync(folder)) if (MIGRATION_FILE.test(file)) names.add(file.slice(0, -3))
  }
  expectedMigrations = [...names]
  return expectedMigrations
}

/**
 * Module migrations not yet recorded in `mikro_orm_migrations`, the table where every module's
 * MikroORM migrator records what `medusa db:migrate` applied (one cheap query per probe).
 */
export async function pendingModuleMigrations(pg: SqlConnection): Promise<string[]> {
  const shipped = shippedModuleMigrations()
  // None found means the modules' folders were not where expected: say so rather than pass vacuously.
  if (!shipped.length) throw new Error("no module migration found beside the loaded modules")
  const { rows } = await pg.raw("select name from mikro_orm_migrations")
  const applied = new Set(rows.map((row) => String(row.name).replace(/\.[jt]s$/, "")))
  return shipped.filter((name) => !applied.has(name))
}
