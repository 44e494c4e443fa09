/**
 * What one guest checkout asks of PostgreSQL and Redis, ours against bare Medusa 2.21.2 (issue 20):
 * both sides as bench:compare starts them, their PostgreSQL with pg_stat_statements loaded. Per side,
 * a few unmeasured checkouts, then BENCH_CHECKOUTS (20) checkouts one after the other by one customer;
 * prints statements, transactions, execution time and rows per checkout, then the statement families
 * that differ most, and ours' Redis commands per checkout (INFO commandstats of this machine's Redis:
 * run it on a quiet machine). Background work during the run (scheduled jobs) counts too.
 *
 * Run: npm run bench:statements
 */
import { execFileSync } from "node:child_process"
import { ensureBareMedusa } from "./lib/bare-medusa-app"
import { checkout } from "./lib/checkout-path"
import { startBare, startOurs, type BenchSide } from "./lib/compare-sides"
import { readStatementStats, resetStatementStats, STATEMENT_STATS_FLAGS, type StatementStats } from "./lib/statement-stats"

const CHECKOUTS = Number(process.env.BENCH_CHECKOUTS || 20)
const progress = (line: string) => process.stderr.write(`[statements ${new Date().toISOString().slice(11, 19)}] ${line}\n`)

function redisCommandCalls(): Map<string, number> {
  const calls = new Map<string, number>()
  for (const match of execFileSync("redis-cli", ["INFO", "commandstats"], { encoding: "utf8" }).matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) {
    calls.set(match[1]!, Number(match[2]))
  }
  return calls
}

async function measureSide(side: BenchSide): Promise<{ stats: StatementStats; redis: Map<string, number> }> {
  for (let customer = 0; customer < 3; customer++) await checkout(side, -1 - customer, false)
  await resetStatementStats(side.databaseUrl)
  const redisBefore = redisCommandCalls()
  for (let customer = 0; customer < CHECKOUTS; customer++) await checkout(side, customer, false)
  const stats = await readStatementStats(side.databaseUrl)
  const redis = new Map([...redisCommandCalls()].map(([command, calls]) => [command, calls - (redisBefore.get(command) ?? 0)]))
  return { stats, redis }
}

const perCheckout = (value: number) => (value / CHECKOUTS).toFixed(1)
const sum = (stats: StatementStats, field: "calls" | "ms" | "rows") => [...stats.families.values()].reduce((total, family) => total + family[field], 0)

async function main() {
  progress(`bare Medusa app: ${await ensureBareMedusa()}`)
  const measured = new Map<string, { stats: StatementStats; redis: Map<string, number> }>()
  let productCount = 0
  for (const name of ["ours", "bare"] as const) {
    progress(`starting ${name}`)
    const side = name === "ours" ? await startOurs({ postgresFlags: STATEMENT_STATS_FLAGS }) : await startBare(productCount, { postgresFlags: STATEMENT_STATS_FLAGS })
    productCount = side.productCount
    try {
      progress(`${CHECKOUTS} checkouts on ${name}`)
      measured.set(name, await measureSide(side))
    } finally {
      await side.stop()
    }
  }
  const ours = measured.get("ours")!.stats
  const bare = measured.get("bare")!.stats
  const lines = [
    `Per checkout (${CHECKOUTS} one after the other, 1 customer):`,
    "",
    "| | ours | bare |",
    "|---|---|---|",
    `| statements | ${perCheckout(sum(ours, "calls"))} | ${perCheckout(sum(bare, "calls"))} |`,
    `| transactions | ${perCheckout(ours.transactions)} | ${perCheckout(bare.transactions)} |`,
    `| execution ms | ${perCheckout(sum(ours, "ms"))} | ${perCheckout(sum(bare, "ms"))} |`,
    `| rows | ${perCheckout(sum(ours, "rows"))} | ${perCheckout(sum(bare, "rows"))} |`,
    "",
    "| statement family | ours calls | bare calls | ours ms | bare ms | ours rows | bare rows |",
    "|---|---|---|---|---|---|---|",
  ]
  const families = new Set([...ours.families.keys(), ...bare.families.keys()])
  const empty = { calls: 0, ms: 0, rows: 0 }
  const rows = [...families].map((family) => ({ family, ours: ours.families.get(family) ?? empty, bare: bare.families.get(family) ?? empty }))
  rows.sort((a, b) => Math.abs(b.ours.calls - b.bare.calls) - Math.abs(a.ours.calls - a.bare.calls))
  for (const row of rows.filter((candidate) => candidate.ours.calls + candidate.bare.calls >= CHECKOUTS / 2)) {
    lines.push(
      `| ${row.family} | ${perCheckout(row.ours.calls)} | ${perCheckout(row.bare.calls)} | ${perCheckout(row.ours.ms)} | ${perCheckout(row.bare.ms)} | ${perCheckout(row.ours.rows)} | ${perCheckout(row.bare.rows)} |`
    )
  }
  const redis = [...measured.get("ours")!.redis].filter(([, calls]) => calls > 0).sort((a, b) => b[1] - a[1])
  lines.push("", `Redis commands per checkout, ours (the machine's Redis): ${perCheckout(redis.reduce((total, [, calls]) => total + calls, 0))}`)
  lines.push(redis.map(([command, calls]) => `${command} ${perCheckout(calls)}`).join(", "))
  process.stdout.write(lines.join("\n") + "\n")
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`)
  process.exit(1)
})
