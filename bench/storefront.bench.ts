/**
 * The shop under load, against production builds: Medusa's search API (`npm run start:prod`,
 * seeded) and the storefront's pages (`next build` + `next start`), 20 connections, 10 s each.
 * Run: BENCH_URL=http://localhost:9000 BENCH_KEY=pk_… BENCH_STOREFRONT_URL=http://localhost:8000 npm run bench:storefront
 * Targets (issue "Storefront 1"): search API p95 ≤ 100 ms, pages p95 ≤ 300 ms. Loopback only.
 */
import { localUrl, measure, report } from "./lib/measure"

const api = localUrl(process.env.BENCH_URL, "http://localhost:9000")
const shop = localUrl(process.env.BENCH_STOREFRONT_URL, "http://localhost:8000")
const key = process.env.BENCH_KEY
if (!key) throw new Error("Set BENCH_KEY to the storefront's publishable key")

// What customers type: part numbers in their several spellings, words without accents, Arabic.
const QUERIES = ["S1068900", "s-106 8900", "0020-025 741", "chaudiere etanche", "electrode vaillant", "مضخة تدوير Vaillant", "saunier duval thema", "vase expansion"]

const PAGES = [
  ["home", "/fr"],
  ["home (Arabic)", "/ar"],
  ["category", "/fr/categories/circulateurs"],
  ["brand", "/fr/marques/vaillant"],
  ["product", "/fr/produits/circulateur-saunier-duval-thema-condens"],
  ["search page", "/fr/recherche?q=S1068900"],
] as const

async function main() {
  let next = 0
  const searchPath = () => `/store/part-search?q=${encodeURIComponent(QUERIES[next++ % QUERIES.length])}`
  report(
    "GET /store/part-search (8 queries in turn, 20 connections, 10 s)",
    await measure({
      url: api,
      headers: { "x-publishable-api-key": key! },
      connections: 20,
      duration: 10,
      requests: [{ setupRequest: (request) => ({ ...request, path: searchPath() }) }],
    })
  )
  for (const [name, path] of PAGES) {
    // The server finishes the previous run's requests, and this page's data is in its cache, first.
    await new Promise((resolve) => setTimeout(resolve, 5000))
    await fetch(shop + path).then((response) => response.text())
    report(`GET ${path} — ${name} (20 connections, 10 s)`, await measure({ url: shop + path, connections: 20, duration: 10 }))
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`)
  process.exit(1)
})
