/**
 * The 5 000-product catalogue for benchmarks, added to the database at DATABASE_URL (already
 * migrated and seeded): `DATABASE_URL=postgres://… npm run bench:catalogue` (BENCH_PRODUCTS for
 * another count). Runs backend/src/scripts/bench-catalogue.ts with `medusa exec`: Medusa's
 * workflows in batches of 250, what exists skipped, then the search index refreshed. A storefront
 * running on that database catches up within its cache's 30 s.
 */
import { spawnSync } from "node:child_process"
import { BACKEND_DIR } from "../scripts/lib/paths"

if (!process.env.DATABASE_URL) {
  process.stderr.write("Set DATABASE_URL to the (migrated, seeded) database to fill, e.g. postgres://postgres@127.0.0.1:5432/mj_bench\n")
  process.exit(1)
}
if (process.env.NODE_ENV === "production") {
  process.stderr.write("The benchmark catalogue is made-up data: never in production.\n")
  process.exit(1)
}

const run = spawnSync("npx", ["medusa", "exec", "./src/scripts/bench-catalogue.ts"], {
  cwd: BACKEND_DIR,
  stdio: "inherit",
  // As a server process: no subscriber runs for each of the thousands of events (search index, storefront
  // refresh); the script refreshes the search index once at the end.
  env: { ...process.env, MEDUSA_WORKER_MODE: "server", MEDUSA_DISABLE_TELEMETRY: "true" },
})
process.exit(run.status ?? 1)
