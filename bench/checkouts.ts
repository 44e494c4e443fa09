/**
 * Guest checkouts per second on our production stack alone (bench:compare's side "ours": 2 servers +
 * 1 worker, Redis, throwaway PostgreSQL 16, seeded), every customer buying the same part: the quick
 * measure for a change to the checkout path, before a full bench:compare. Per round,
 * BENCH_CONCURRENT_CHECKOUTS (40) checkouts by BENCH_CUSTOMERS (10) customers at once, after unmeasured
 * ones; prints checkouts per second, CPU ms per checkout, how many calls were told the cart or stock
 * was busy (409 request_in_progress, retried as the storefront does) and the failures.
 *
 * Run: npm run bench:checkouts
 *   BENCH_ROUNDS (3); BENCH_CHECKOUT_WARMUP (150 unmeasured checkouts, at least one per customer);
 *   BENCH_CPU_PROF=<folder>: every process of ours writes a V8 .cpuprofile there when the stack stops,
 *     for scripts/lib/cpu-profile-summary.ts or DevTools;
 *   BENCH_SIDE=bare: the same on the bare Medusa 2.21.2 of bench:compare, with as many products as our seed.
 */
import { checkoutsPerSecond, checkoutWarmUp } from "./lib/checkout-path"
import fs from "node:fs"
import { SEED_PRODUCTS } from "../backend/src/scripts/seed/catalogue"
import { ensureBareMedusa } from "./lib/bare-medusa-app"
import { busyRetries, startBare, startOurs, type BenchSide } from "./lib/compare-sides"
import { groupCpuMsByProcess, machineCpuMsByProcess } from "./lib/process-cpu"

/** "server 123" / "worker 456" from the cluster's own lines, the rest by their command line. */
function roleOf(pid: number, output: string): string {
  const role = new RegExp(`\\[cluster\\] (server|worker) ${pid} listening`).exec(output)?.[1]
  if (role) return `${role} ${pid}`
  const command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).slice(0, 3).join(" ")
  return `${pid} ${command.slice(0, 60)}`
}

const setting = (name: string, fallback: number) => {
  const value = Number(process.env[name] || fallback)
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number from 1`)
  return value
}

async function main() {
  const rounds = setting("BENCH_ROUNDS", 3)
  const customers = setting("BENCH_CUSTOMERS", 10)
  const total = setting("BENCH_CONCURRENT_CHECKOUTS", 40)
  const profiles = process.env.BENCH_CPU_PROF
  let side: BenchSide
  if (process.env.BENCH_SIDE === "bare") {
    await ensureBareMedusa()
    side = await startBare(SEED_PRODUCTS.length, { cpuProfileDir: profiles })
  } else {
    side = await startOurs({ env: profiles ? { MEDUSA_CPU_PROFILE_DIR: profiles } : {} })
  }
  try {
    // Unmeasured: the first checkouts compile and fill every cache (checkoutWarmUp says how many and why).
    const warmUp = checkoutWarmUp(process.env, customers)
    const warming = await checkoutsPerSecond(side, customers, warmUp)
    process.stdout.write(`warm-up: ${warmUp} checkouts, ${warming.perSecond.toFixed(2)} per second, ${warming.failures.length} failed\n`)
    for (let round = 1; round <= rounds; round++) {
      const retriesBefore = busyRetries.count
      const cpuBefore = groupCpuMsByProcess(side.group)
      const machineBefore = machineCpuMsByProcess()
      const measured = await checkoutsPerSecond(side, customers, total)
      const cpuAfter = groupCpuMsByProcess(side.group)
      const machineAfter = machineCpuMsByProcess()
      process.stdout.write(
        `round ${round}: ${measured.perSecond.toFixed(2)} checkouts/s at ${customers} customers (${total}), ${measured.cpuMsPerCheckout.toFixed(0)} CPU ms per checkout, ` +
          `${busyRetries.count - retriesBefore} busy retries, ${measured.failures.length} failed${measured.failures[0] ? ` (first: ${measured.failures[0]})` : ""}\n`
      )
      const orders = total - measured.failures.length
      for (const [pid, ms] of cpuAfter) {
        const used = (ms - (cpuBefore.get(pid) ?? 0)) / Math.max(1, orders)
        if (used >= 1) process.stdout.write(`  ${roleOf(pid, side.output())}: ${used.toFixed(0)} CPU ms per checkout\n`)
      }
      // What else the checkouts cost the machine: PostgreSQL, Redis, this bench's own customers.
      const others = new Map<string, number>()
      for (const [pid, after] of machineAfter) {
        if (after.group === side.group) continue
        const name = pid === process.pid ? "this bench (the customers)" : after.command
        others.set(name, (others.get(name) ?? 0) + (after.ms - (machineBefore.get(pid)?.ms ?? 0)) / Math.max(1, orders))
      }
      const shown = [...others].filter(([, ms]) => ms >= 1).sort((a, b) => b[1] - a[1])
      process.stdout.write(`  rest of the machine: ${shown.map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(", ")} CPU ms per checkout\n`)
    }
  } finally {
    await side.stop()
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`)
  process.exit(1)
})
