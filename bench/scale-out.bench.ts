/**
 * One server process against two, on this machine's cores: the production build started twice by
 * scripts/lib/drill-stack.ts (MEDUSA_SERVERS=1, then 2; one worker; Redis; a throwaway PostgreSQL 16,
 * seeded), then autocannon at 20 connections for 10 s each on GET /store/products (a catalogue page)
 * and GET /store/booking/slots (31 days). Run: npm run bench:scale-out. Loopback only.
 */
import { startDrillStack } from "../scripts/lib/drill-stack"
import { measure, percentile } from "./lib/measure"
import { benchSlotQuery } from "./lib/slot-query"

async function measureWith(servers: number): Promise<string[]> {
  const stack = await startDrillStack({ servers, workers: 1 })
  try {
    const headers = stack.headers
    const paths = { products: "/store/products?limit=12", slots: (await benchSlotQuery(stack.api, headers)).path }
    const lines: string[] = []
    for (const [name, path] of Object.entries(paths)) {
      // A short warm-up, so that neither server measures its first compilations and caches.
      await measure({ url: stack.api + path, headers, connections: 4, duration: 3 })
      const { result, times } = await measure({ url: stack.api + path, headers, connections: 20, duration: 10 })
      lines.push(
        `| ${servers} | GET ${name} | ${result.requests.average} | ${percentile(times, 50).toFixed(0)} | ${percentile(times, 95).toFixed(0)} | ` +
          `${JSON.stringify(result.statusCodeStats)}, errors ${result.errors} |`
      )
    }
    return lines
  } finally {
    await stack.stop()
  }
}

async function main() {
  const rows = [...(await measureWith(1)), ...(await measureWith(2))]
  process.stdout.write(["| servers | request | req/s | p50 ms | p95 ms | answers |", "|---|---|---|---|---|---|", ...rows].join("\n") + "\n")
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`)
  process.exit(1)
})
