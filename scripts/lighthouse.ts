/**
 * `npm run lighthouse` (not part of npm test): starts the shop (scripts/lib/shop-stack.ts), runs
 * Lighthouse CI 3 times on home, a category, a product, the cart and the booking page in French and Arabic, and prints
 * the median score of each category per page. Targets: performance ≥ 90, the others 100.
 */
import fs from "node:fs"
import path from "node:path"
import { STOREFRONT_DIR } from "./lib/paths"
import { run } from "./lib/processes"
import { withShopStack } from "./lib/shop-stack"

type Report = { finalUrl?: string; finalDisplayedUrl?: string; requestedUrl: string; categories: Record<string, { score: number | null }> }
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function main() {
  await withShopStack(async (stack) => {
    const folder = path.join(STOREFRONT_DIR, ".lighthouseci")
    fs.rmSync(folder, { recursive: true, force: true })
    await run("npx", ["lhci", "collect", "--config=./lighthouserc.cjs"], {
      cwd: STOREFRONT_DIR,
      env: { ...process.env, LHCI_BASE_URL: stack.storefrontUrl },
    })
    const reports = fs
      .readdirSync(folder)
      .filter((file) => /^lhr-.*\.json$/.test(file))
      .map((file) => JSON.parse(fs.readFileSync(path.join(folder, file), "utf8")) as Report)
    const byPage = new Map<string, Report[]>()
    for (const report of reports) {
      const page = new URL(report.requestedUrl).pathname
      byPage.set(page, [...(byPage.get(page) ?? []), report])
    }
    process.stdout.write(`\npage | runs | ${CATEGORIES.join(" | ")}\n`)
    for (const [page, runs] of [...byPage.entries()].sort()) {
      const scores = CATEGORIES.map((category) => Math.round(100 * median(runs.map((report) => report.categories[category]?.score ?? 0))))
      process.stdout.write(`${page} | ${runs.length} | ${scores.join(" | ")}\n`)
    }
  })
}

main().catch((error: Error) => {
  process.stderr.write(`\n${error.message}\n`)
  process.exit(1)
})
