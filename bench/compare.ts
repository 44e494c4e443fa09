/**
 * Ours against a bare Medusa 2.21.2 of the same version (issue 20): both production builds on this
 * machine, seeded with the same number of products (bench/lib/compare-sides.ts), the same Store API
 * routes in interleaved rounds (ours then bare, bare then ours…), autocannon at 1 connection
 * (latency) and 20 (throughput, CPU ms per request from /proc), then a guest checkout step by step
 * (1 customer) and checkouts per second at 10 customers. Prints Markdown tables of the medians over
 * the rounds. Not part of npm test. Loopback only.
 *
 * Run: npm run bench:compare
 * Settings: BENCH_ROUNDS (3), BENCH_LATENCY_SECONDS (5), BENCH_LOAD_SECONDS (10),
 * BENCH_WARMUP_SECONDS (3), BENCH_CHECKOUTS (10 per side and round, 1 customer),
 * BENCH_CONCURRENT_CHECKOUTS (40 per side and round, 10 customers), BENCH_CHECKOUT_WARMUP (150
 * unmeasured checkouts per side first), BENCH_PRODUCTS (made-up parts of bench:catalogue added to our
 * seed's, and as many products in all on the bare side; 0).
 */
import os from "node:os"
import { ensureBareMedusa } from "./lib/bare-medusa-app"
import { checkout, checkoutsPerSecond, checkoutWarmUp, CHECKOUT_STEPS, type StepTiming } from "./lib/checkout-path"
import { startBare, startOurs, type BenchSide } from "./lib/compare-sides"
import { measureRoute, prepareFixtures, ROUTES, warmUp, type RouteFixtures } from "./lib/compare-routes"
import { figure, median, ratio, ROUTE_TABLE_HEADER, routeRow, STEP_TABLE_HEADER, stepRow, summarizeRounds, type RouteRound } from "./lib/compare-table"

const setting = (name: string, fallback: number) => {
  const value = Number(process.env[name] || fallback)
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`)
  return value
}
const ROUNDS = setting("BENCH_ROUNDS", 3)
const SECONDS = { latency: setting("BENCH_LATENCY_SECONDS", 5), load: setting("BENCH_LOAD_SECONDS", 10) }
const WARMUP_SECONDS = setting("BENCH_WARMUP_SECONDS", 3)
const CHECKOUTS = setting("BENCH_CHECKOUTS", 10)
const CONCURRENT_CHECKOUTS = setting("BENCH_CONCURRENT_CHECKOUTS", 40)
const CUSTOMERS = 10
const CHECKOUT_WARMUP = checkoutWarmUp(process.env, CUSTOMERS)
const MADE_UP_PARTS = Number(process.env.BENCH_PRODUCTS || 0)
if (!Number.isInteger(MADE_UP_PARTS) || MADE_UP_PARTS < 0) throw new Error("BENCH_PRODUCTS must be a whole number of made-up parts")

const progress = (line: string) => process.stderr.write(`[compare ${new Date().toISOString().slice(11, 19)}] ${line}\n`)
const loadAverage = () => os.loadavg().map((value) => value.toFixed(1)).join(" / ")

type SideResults = { routes: Map<string, RouteRound[]>; steps: StepTiming[]; checkoutsPerSecond: number[]; cpuMsPerCheckout: number[]; failedCheckouts: string[] }
const emptyResults = (): SideResults => ({ routes: new Map(), steps: [], checkoutsPerSecond: [], cpuMsPerCheckout: [], failedCheckouts: [] })

async function main() {
  const loadBefore = loadAverage()
  progress(`bare Medusa app: ${await ensureBareMedusa()}`)
  const sides: BenchSide[] = []
  try {
    progress(`starting ours (build if needed, seed${MADE_UP_PARTS ? ` and ${MADE_UP_PARTS} made-up parts` : ""})`)
    const ours = await startOurs({ madeUpParts: MADE_UP_PARTS })
    sides.push(ours)
    progress(`starting bare with ${ours.productCount} products`)
    const bare = await startBare(ours.productCount)
    sides.push(bare)
    const fixtures = new Map<BenchSide, RouteFixtures>()
    const results = new Map<BenchSide, SideResults>()
    for (const side of sides) {
      fixtures.set(side, await prepareFixtures(side, 20))
      results.set(side, emptyResults())
      progress(`warming up ${side.name}`)
      await warmUp(side, fixtures.get(side)!, WARMUP_SECONDS)
      const warming = await checkoutsPerSecond(side, CUSTOMERS, CHECKOUT_WARMUP)
      progress(`  ${CHECKOUT_WARMUP} unmeasured checkouts: ${figure(warming.perSecond)} per second, ${warming.failures.length} failed`)
    }
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 ? [...sides].reverse() : sides
      for (const route of ROUTES) {
        for (const side of order) {
          progress(`round ${round + 1}/${ROUNDS} ${side.name} ${route.name}`)
          const measured = await measureRoute(side, route, fixtures.get(side)!, SECONDS)
          progress(`  p50 ${figure(measured.p50)} ms, ${figure(measured.perSecond)} req/s, ${figure(measured.cpuMsPerRequest)} CPU ms per request, ${measured.failed} not 2xx`)
          const routes = results.get(side)!.routes
          routes.set(route.name, [...(routes.get(route.name) ?? []), measured])
        }
      }
      for (const side of order) {
        progress(`round ${round + 1}/${ROUNDS} ${side.name} checkouts`)
        const own = results.get(side)!
        for (let index = 0; index < CHECKOUTS; index++) {
          await checkout(side, round * 1000 + index, true).then(
            (timings) => own.steps.push(...timings),
            (error: Error) => own.failedCheckouts.push(error.message.slice(0, 300))
          )
        }
        const concurrent = await checkoutsPerSecond(side, CUSTOMERS, CONCURRENT_CHECKOUTS)
        own.checkoutsPerSecond.push(concurrent.perSecond)
        own.cpuMsPerCheckout.push(concurrent.cpuMsPerCheckout)
        own.failedCheckouts.push(...concurrent.failures)
      }
    }

    const [oursResults, bareResults] = [results.get(ours)!, results.get(bare)!]
    const stepsOf = (own: SideResults, step: string) => {
      const timings = own.steps.filter((timing) => timing.step === step)
      return { times: timings.map((timing) => timing.ms), cpuMs: timings.map((timing) => timing.cpuMs) }
    }
    const cpus = os.cpus()
    const perSecond = { ours: median(oursResults.checkoutsPerSecond), bare: median(bareResults.checkoutsPerSecond) }
    const lines = [
      `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, ${cpus.length} × ${cpus[0]?.model ?? "CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.versions.node}; ` +
        `load average (1 / 5 / 15 min) ${loadBefore} before, ${loadAverage()} after; ${ROUNDS} interleaved rounds, medians over rounds; ${ours.productCount} products on each side.`,
      `ours: ${ours.runs}.`,
      `bare: ${bare.runs}.`,
      "",
      ...ROUTE_TABLE_HEADER,
      ...ROUTES.map((route) => routeRow(route.name, summarizeRounds(oursResults.routes.get(route.name)!), summarizeRounds(bareResults.routes.get(route.name)!))),
      "",
      ...STEP_TABLE_HEADER,
      ...CHECKOUT_STEPS.map((step) => stepRow(step, stepsOf(oursResults, step), stepsOf(bareResults, step))),
      "",
      `Checkouts per second at ${CUSTOMERS} customers (${CONCURRENT_CHECKOUTS} per side and round): ours ${figure(perSecond.ours)}, bare ${figure(perSecond.bare)}, ` +
        `ratio ${ratio(perSecond.ours, perSecond.bare)} (target ≥ 1.5); CPU ms per checkout ours ${figure(median(oursResults.cpuMsPerCheckout))}, bare ${figure(median(bareResults.cpuMsPerCheckout))}.`,
      ...[ours, bare].flatMap((side) => {
        const failed = results.get(side)!.failedCheckouts
        return failed.length ? [`${side.name}: ${failed.length} checkouts failed, first: ${failed[0]}`] : []
      }),
    ]
    process.stdout.write(lines.join("\n") + "\n")
  } finally {
    for (const side of sides.reverse()) await side.stop()
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`)
  process.exit(1)
})
