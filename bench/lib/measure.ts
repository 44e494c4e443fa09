/** autocannon with every response time kept, for exact percentiles, and one report line per run. */
import autocannon from "autocannon"

export type Measured = { result: autocannon.Result; times: number[] }

export function measure(options: autocannon.Options): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const times: number[] = []
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve({ result, times })))
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime))
  })
}

export const percentile = (times: number[], p: number) =>
  [...times].sort((a, b) => a - b)[Math.min(times.length - 1, Math.floor((times.length * p) / 100))] ?? NaN

export function report(name: string, { result, times }: Measured): void {
  process.stdout.write(
    `${name}: ${result.requests.total} requests, ${result.requests.average} req/s, ` +
      `latency p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms; ` +
      `status ${JSON.stringify(result.statusCodeStats)}, errors ${result.errors}\n`
  )
}

/** Benchmarks load this machine only. */
export function localUrl(value: string | undefined, fallback: string): string {
  const url = (value || fallback).replace(/\/$/, "")
  if (!/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(url)) throw new Error(`Benchmarks run against this machine only, not ${url}`)
  return url
}
