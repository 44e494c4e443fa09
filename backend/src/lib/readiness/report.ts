/** What a readiness probe answers: each check's outcome, never an error message (no internals leak). */
export type CheckOutcome = "ok" | "failed" | "skipped"
export type ReadinessReport = { status: "ready" | "not_ready"; checks: Record<string, CheckOutcome> }

/** `check` within `timeoutMs`, or a rejection: a stalled dependency must not hold the probe. */
export function withinTime<T>(check: () => Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
  })
  return Promise.race([check(), expired]).finally(() => clearTimeout(timer))
}

/** Ready when no check failed; a skipped check (a dependency not configured) does not count against it. */
export function readinessReport(checks: Record<string, CheckOutcome>): ReadinessReport {
  const ready = Object.values(checks).every((outcome) => outcome !== "failed")
  return { status: ready ? "ready" : "not_ready", checks }
}
