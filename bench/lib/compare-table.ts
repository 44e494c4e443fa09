/**
 * The arithmetic and the Markdown of bench/compare.ts, kept pure: medians over rounds, ratios of
 * ours to bare, and the rows of its tables.
 */

/** The median of `values` (NaN for none); NaN values are left out. */
export function median(values: readonly number[]): number {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b)
  if (!sorted.length) return NaN
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** `p` per cent of `times` or below (nearest rank); NaN for none. */
export function percentile(times: readonly number[], p: number): number {
  if (!times.length) return NaN
  const sorted = [...times].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((sorted.length * p) / 100) - 1))]!
}

/** ours / bare, two decimals, "–" when either is missing or bare is 0. */
export function ratio(ours: number, bare: number): string {
  if (!Number.isFinite(ours) || !Number.isFinite(bare) || bare === 0) return "–"
  return (ours / bare).toFixed(2)
}

/** A number for the table: "–" when missing, whole from 100, else one decimal (two below 1). */
export function figure(value: number): string {
  if (!Number.isFinite(value)) return "–"
  if (Math.abs(value) >= 100) return value.toFixed(0)
  return value.toFixed(Math.abs(value) < 1 ? 2 : 1)
}

/** What one side measured on one route in one round. */
export type RouteRound = {
  /** 1 connection: latency, ms. */
  p50: number
  p95: number
  p99: number
  /** 20 connections: requests per second, and the side's CPU ms per request answered. */
  perSecond: number
  cpuMsPerRequest: number
  /** Answers that were not 2xx, over both runs. */
  failed: number
}

export type RouteSummary = RouteRound

/** Each figure's median over the rounds; failures added up. */
export function summarizeRounds(rounds: readonly RouteRound[]): RouteSummary {
  const of = (key: keyof RouteRound) => median(rounds.map((round) => round[key]))
  return {
    p50: of("p50"),
    p95: of("p95"),
    p99: of("p99"),
    perSecond: of("perSecond"),
    cpuMsPerRequest: of("cpuMsPerRequest"),
    failed: rounds.reduce((sum, round) => sum + round.failed, 0),
  }
}

const triple = (summary: RouteSummary) => `${figure(summary.p50)} / ${figure(summary.p95)} / ${figure(summary.p99)}`
const failures = (summary: RouteSummary) => (summary.failed ? ` (${summary.failed} not 2xx)` : "")

export const ROUTE_TABLE_HEADER = [
  "| route | ours p50/p95/p99 ms (1 conn.) | bare p50/p95/p99 ms (1 conn.) | p50 ratio | ours req/s (20 conn.) | bare req/s (20 conn.) | req/s ratio | CPU ms per request ours / bare |",
  "|---|---|---|---|---|---|---|---|",
]

export function routeRow(route: string, ours: RouteSummary, bare: RouteSummary): string {
  return (
    `| ${route} | ${triple(ours)}${failures(ours)} | ${triple(bare)}${failures(bare)} | ${ratio(ours.p50, bare.p50)} | ` +
    `${figure(ours.perSecond)} | ${figure(bare.perSecond)} | ${ratio(ours.perSecond, bare.perSecond)} | ${figure(ours.cpuMsPerRequest)} / ${figure(bare.cpuMsPerRequest)} |`
  )
}

/** One checkout step of one side: its times over every round (1 customer), and CPU ms per call. */
export type StepSummary = { times: number[]; cpuMs: number[] }

export const STEP_TABLE_HEADER = [
  "| checkout step (1 customer) | ours p50/p95 ms | bare p50/p95 ms | p50 ratio | CPU ms per call ours / bare |",
  "|---|---|---|---|---|",
]

export function stepRow(step: string, ours: StepSummary, bare: StepSummary): string {
  const pair = (summary: StepSummary) => `${figure(percentile(summary.times, 50))} / ${figure(percentile(summary.times, 95))}`
  const cpu = (summary: StepSummary) => figure(summary.cpuMs.reduce((sum, ms) => sum + ms, 0) / summary.cpuMs.length)
  return `| ${step} | ${pair(ours)} | ${pair(bare)} | ${ratio(percentile(ours.times, 50), percentile(bare.times, 50))} | ${cpu(ours)} / ${cpu(bare)} |`
}
