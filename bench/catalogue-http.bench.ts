/**
 * The catalogue's Store routes at scale (issue 20): the production build (`npm run start:prod`: its servers
 * and worker, Redis, Medusa's query cache) on the database at DATABASE_URL, filled by `npm run
 * bench:catalogue` (5 000 products), then per route 5 s unmeasured and 10 s at 20 connections (autocannon):
 * the product list (a page of 12, priced), a category page, a product by id, and the part search by
 * part number, by words and with a misspelt word. Prints req/s, p50, p95, p99 and the statuses.
 *
 * Run: DATABASE_URL=postgres://…/mj_bench5k npm run bench:catalogue-http   (BENCH_ROUTES=misspelt,category: only
 * the routes whose names hold one of these)
 */
import assert from "node:assert/strict"
import { measure, percentile } from "./lib/measure"
import { startProductionOn } from "./lib/production-on-database"

async function main() {
  const databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) throw new Error("Set DATABASE_URL to the database bench:catalogue filled")
  const { api, key, stop } = await startProductionOn(databaseUrl)
  try {
    const headers = { "x-publishable-api-key": key }
    const read = async (path: string) => {
      const response = await fetch(api + path, { headers })
      assert.ok(response.ok, `${path}: ${response.status}`)
      return response.json() as Promise<Record<string, any>> // eslint-disable-line @typescript-eslint/no-explicit-any
    }
    const regionId: string = (await read("/store/regions")).regions[0].id
    const listed = await read(`/store/products?limit=1&fields=id`)
    const category = (await read("/store/product-categories?limit=1&fields=id")).product_categories[0].id
    const routes = [
      ["products list (12, priced)", `/store/products?limit=12&region_id=${regionId}`],
      ["category page (12, priced)", `/store/products?limit=12&region_id=${regionId}&category_id[]=${category}`],
      ["product by id (priced)", `/store/products/${listed.products[0].id}?region_id=${regionId}`],
      ["part search: part number", "/store/part-search?q=S5700"],
      ["part search: words", "/store/part-search?q=circulateur%20saunier"],
      ["part search: misspelt", "/store/part-search?q=vase%20d%27expension%20beretta"],
    ] as const
    process.stdout.write(`${listed.count} products; 20 connections, 10 s per route after 5 s unmeasured\n\n| route | req/s | p50 ms | p95 ms | p99 ms | statuses | errors, timeouts |\n|---|---|---|---|---|---|---|\n`)
    const only = process.env.BENCH_ROUTES?.split(",")
    for (const [name, path] of routes.filter(([name]) => !only || only.some((part) => name.includes(part)))) {
      const startedAt = performance.now()
      const single = await fetch(api + path, { headers, signal: AbortSignal.timeout(120_000) }).then((response) => response.status, (error: Error) => error.name)
      process.stdout.write(`# ${name}: one request first, ${single} in ${(performance.now() - startedAt).toFixed(0)} ms\n`)
      await measure({ url: api + path, headers, connections: 20, duration: 5 })
      const { result, times } = await measure({ url: api + path, headers, connections: 20, duration: 10 })
      const ms = (p: number) => percentile(times, p).toFixed(0)
      process.stdout.write(`| ${name} | ${result.requests.average} | ${ms(50)} | ${ms(95)} | ${ms(99)} | ${JSON.stringify(result.statusCodeStats)} | ${result.errors}, ${result.timeouts} |\n`)
    }
  } finally {
    await stop()
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`)
  process.exit(1)
})
