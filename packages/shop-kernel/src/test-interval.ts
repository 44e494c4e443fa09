/**
 * A scheduled job's faster rhythm for a test or drill that runs the production build: `<NAME>=<seconds>` in the
 * environment. Unset or empty: undefined, and the job keeps its own schedule. Malformed or out of range: refused
 * (the worker does not start), so a typo neither falls back silently nor runs the job every millisecond. Pure.
 */
export function testIntervalSetting(env: Record<string, string | undefined>, name: string, maxSeconds: number): { interval: number } | undefined {
  const value = env[name]
  if (value === undefined || value === "") return undefined
  const seconds = Number(value)
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > maxSeconds) {
    throw new Error(`${name} must be a whole number of seconds from 1 to ${maxSeconds} (got "${value}")`)
  }
  return { interval: seconds * 1000 }
}
