/**
 * bench:catalogue's generator (backend/src/scripts/bench-catalogue.ts) run with `medusa exec` on the
 * migrated, seeded database at `env.DATABASE_URL`: `count` made-up parts through Medusa's workflows,
 * then the search index refreshed once. As a server process: no subscriber runs for each of the
 * thousands of events (search index, storefront refresh). Its exit status.
 */
import { spawnSync } from "node:child_process"
import { BACKEND_DIR } from "../../scripts/lib/paths"

export function runCatalogueGenerator(env: NodeJS.ProcessEnv, count?: number): number {
  const run = spawnSync("npx", ["medusa", "exec", "./src/scripts/bench-catalogue.ts"], {
    cwd: BACKEND_DIR,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...env, ...(count === undefined ? {} : { BENCH_PRODUCTS: String(count) }), MEDUSA_WORKER_MODE: "server", MEDUSA_DISABLE_TELEMETRY: "true" },
  })
  return run.status ?? 1
}
