/**
 * The 5 000-product catalogue for benchmarks, added to the database at DATABASE_URL (already
 * migrated and seeded): `DATABASE_URL=postgres://… npm run bench:catalogue` (BENCH_PRODUCTS for
 * another count). Runs backend/src/scripts/bench-catalogue.ts with `medusa exec`: Medusa's
 * workflows in batches of 250, what exists skipped, then the search index refreshed. A storefront
 * running on that database catches up within its cache's 30 s.
 */
import { runCatalogueGenerator } from "./lib/catalogue-generator"

if (!process.env.DATABASE_URL) {
  process.stderr.write("Set DATABASE_URL to the (migrated, seeded) database to fill, e.g. postgres://postgres@127.0.0.1:5432/mj_bench\n")
  process.exit(1)
}
if (process.env.NODE_ENV === "production") {
  process.stderr.write("The benchmark catalogue is made-up data: never in production.\n")
  process.exit(1)
}

process.exit(runCatalogueGenerator(process.env))
