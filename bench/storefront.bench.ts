/**
 * The shop under load, against production builds: Medusa's search API and the storefront's pages, 20
 * connections, 10 s each (after a 5 s pause and one warm-up request per page).
 *
 * Run on running servers: BENCH_URL=http://localhost:9000 BENCH_KEY=pk_… BENCH_STOREFRONT_URL=http://localhost:8000 npm run bench:storefront
 * Or on a database bench:catalogue filled (issue 20's 5 000 products): DATABASE_URL=postgres://…/mj_bench5k npm run bench:storefront
 * — the bench then starts `npm run start:prod` on it and the storefront's production build (`npm run build`
 * in storefront/ first when it has none) with `next start`, and stops both at the end.
 * Targets: search API p95 ≤ 100 ms, pages p95 ≤ 300 ms (issue "Storefront 1"); at 5 000 products, category
 * and search pages p99 under 1 s (issue 20). Loopback only.
 */
import fs from "node:fs"
import path from "node:path"
import { freePort, waitFor } from "../scripts/lib/ports"
import { STOREFRONT_DIR } from "../scripts/lib/paths"
import { run, startGroup, stopGroup } from "../scripts/lib/processes"
import { TEST_SHOP_IDENTITY } from "../scripts/lib/test-shop-identity"
import { localUrl, measure, report } from "./lib/measure"
import { startProductionOn } from "./lib/production-on-database"

// What customers type: part numbers in their several spellings, words without accents, Arabic.
const QUERIES = ["S1068900", "s-106 8900", "0020-025 741", "chaudiere etanche", "electrode vaillant", "مضخة تدوير Vaillant", "saunier duval thema", "vase expansion"]

const PAGES = [
  ["home", "/fr"],
  ["home (Arabic)", "/ar"],
  ["category", "/fr/categories/circulateurs"],
  ["brand", "/fr/marques/vaillant"],
  ["product", "/fr/produits/circulateur-saunier-duval-thema-condens"],
  ["search page", "/fr/recherche?q=S1068900"],
  ["search page, words", "/fr/recherche?q=circulateur%20saunier"],
  ["search page, misspelt", "/fr/recherche?q=vase%20d%27expension%20beretta"],
] as const

type Target = { api: string; key: string; shop: string; stop: () => Promise<void> }

/** The servers named by BENCH_URL, BENCH_KEY and BENCH_STOREFRONT_URL. */
function runningTarget(): Target {
  const key = process.env.BENCH_KEY
  if (!key) throw new Error("Set BENCH_KEY to the storefront's publishable key (or DATABASE_URL alone: the bench starts the servers)")
  return {
    api: localUrl(process.env.BENCH_URL, "http://localhost:9000"),
    key,
    shop: localUrl(process.env.BENCH_STOREFRONT_URL, "http://localhost:8000"),
    stop: async () => undefined,
  }
}

/** Medusa's production build on `databaseUrl` and the storefront's in front of it. */
async function startedTarget(databaseUrl: string): Promise<Target> {
  const medusa = await startProductionOn(databaseUrl)
  try {
    if (!fs.existsSync(path.join(STOREFRONT_DIR, ".next", "BUILD_ID"))) {
      await run("npm", ["run", "build"], { cwd: STOREFRONT_DIR, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } })
    }
    const port = await freePort()
    const shop = `http://127.0.0.1:${port}`
    const storefront = startGroup("npx", ["next", "start", "--port", String(port)], {
      cwd: STOREFRONT_DIR,
      stdio: "ignore",
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        MEDUSA_BACKEND_URL: medusa.api,
        MEDUSA_PUBLISHABLE_KEY: medusa.key,
        STOREFRONT_URL: shop,
        STOREFRONT_REVALIDATE_SECRET: medusa.env.STOREFRONT_REVALIDATE_SECRET,
        ...TEST_SHOP_IDENTITY,
      },
    })
    const stop = async () => {
      await stopGroup(storefront)
      await medusa.stop()
    }
    if (!(await waitFor(() => fetch(`${shop}/fr`).then((response) => response.ok, () => false), 120_000, 500))) {
      await stop()
      throw new Error(`The storefront did not answer ${shop}/fr`)
    }
    return { api: medusa.api, key: medusa.key, shop, stop }
  } catch (error) {
    await medusa.stop()
    throw error
  }
}

async function main() {
  const target = process.env.BENCH_URL || !process.env.DATABASE_URL ? runningTarget() : await startedTarget(process.env.DATABASE_URL)
  try {
    let next = 0
    const searchPath = () => `/store/part-search?q=${encodeURIComponent(QUERIES[next++ % QUERIES.length])}`
    report(
      "GET /store/part-search (8 queries in turn, 20 connections, 10 s)",
      await measure({
        url: target.api,
        headers: { "x-publishable-api-key": target.key },
        connections: 20,
        duration: 10,
        requests: [{ setupRequest: (request) => ({ ...request, path: searchPath() }) }],
      })
    )
    for (const [name, page] of PAGES) {
      // The server finishes the previous run's requests, and this page's data is in its cache, first.
      await new Promise((resolve) => setTimeout(resolve, 5000))
      const startedAt = performance.now()
      const status = await fetch(target.shop + page).then(async (response) => (await response.text(), response.status))
      process.stdout.write(`# ${page}: one request first, ${status} in ${(performance.now() - startedAt).toFixed(0)} ms\n`)
      report(`GET ${page} — ${name} (20 connections, 10 s)`, await measure({ url: target.shop + page, connections: 20, duration: 10 }))
    }
  } finally {
    await target.stop()
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`)
  process.exit(1)
})
