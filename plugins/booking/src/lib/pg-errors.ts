/**
 * The SQLSTATE of a database error however it reached us: a MikroORM DriverException carries it as
 * `code`; through a workflow the error is a plain serialized object; sometimes it sits in `cause`.
 * Checked by code, never with instanceof.
 */
export function sqlState(error: unknown): string | undefined {
  const seen = new Set<unknown>()
  let current: unknown = error
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current)
    const code = (current as { code?: unknown }).code
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code
    current = (current as { cause?: unknown; previous?: unknown }).cause ?? (current as { previous?: unknown }).previous
  }
  return undefined
}

/** exclusion_violation: the EXCLUDE constraint refused an overlapping visit. */
export const EXCLUSION_VIOLATION = "23P01"

/** A slot lost to someone else: seen by the planning step (conflict) or, in a race, by the EXCLUDE constraint. */
export const isSlotTaken = (error: unknown) =>
  sqlState(error) === EXCLUSION_VIOLATION || (error as { type?: string } | null)?.type === "conflict"
