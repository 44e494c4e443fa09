/**
 * Store API requests per client and minute. Tests that drive hundreds of requests from one address
 * raise it (`npm test` sets it for the integration and browser tests); production refuses anything
 * above ten times the default, so it can be tuned for a carrier's shared address but never switched off.
 */
export const DEFAULT_STORE_REQUESTS_PER_MINUTE = 300
export const MAX_PRODUCTION_STORE_REQUESTS_PER_MINUTE = 3000

export function storeRequestsPerMinute(env: Record<string, string | undefined>): number {
  const value = env.STORE_REQUESTS_PER_MINUTE
  if (value === undefined || value === "") return DEFAULT_STORE_REQUESTS_PER_MINUTE
  const points = Number(value)
  if (!Number.isSafeInteger(points) || points < 1) throw new Error(`STORE_REQUESTS_PER_MINUTE must be a whole number from 1 (got "${value}")`)
  return points
}

/** Why the setting is unacceptable (undefined when it is fine). */
export function storeCeilingProblem(env: Record<string, string | undefined>, production: boolean): string | undefined {
  let points: number
  try {
    points = storeRequestsPerMinute(env)
  } catch (error) {
    return (error as Error).message
  }
  return production && points > MAX_PRODUCTION_STORE_REQUESTS_PER_MINUTE
    ? `STORE_REQUESTS_PER_MINUTE is ${points}: production allows at most ${MAX_PRODUCTION_STORE_REQUESTS_PER_MINUTE}`
    : undefined
}
