/**
 * The dependency audit's allow-list: each accepted advisory with the date it stops being accepted
 * and why it was accepted, so an exception cannot outlive its reason unnoticed.
 */
export interface AllowedAdvisory {
  /** The advisory as audit-ci names it: a GHSA id, or "GHSA-…|path>through>deps". */
  id: string
  /** Last day (YYYY-MM-DD, Algiers) the exception holds. */
  until: string
  why: string
}

/** Splits the list into what still holds on `today` and what has expired (or is malformed). */
export function currentAllowlist(entries: AllowedAdvisory[], today: string): { allowed: string[]; expired: AllowedAdvisory[] } {
  const allowed: string[] = []
  const expired: AllowedAdvisory[] = []
  for (const entry of entries) {
    const dated = /^\d{4}-\d{2}-\d{2}$/.test(entry.until) && entry.why.trim().length > 0
    if (dated && entry.until >= today) allowed.push(entry.id)
    else expired.push(entry)
  }
  return { allowed, expired }
}
