import { LRUCache } from "lru-cache"
import type { StaffRole } from "../permissions/roles"

/** A staff member's role and state as last read. */
export type CachedStanding = { user_id: string; role: StaffRole | null; is_active: boolean }

/**
 * Standings read in the last 5 seconds, by who asks (`user:<id>` or `api-key:<id>`): a burst of
 * dashboard requests costs one read. A change made in this process clears its user at once
 * (forgetStanding); another server process sees it within the 5 s the issue allows.
 */
const STANDING_TTL_MS = 5_000

const standings = new LRUCache<string, CachedStanding>({ max: 2_000, ttl: STANDING_TTL_MS })

export const cachedStanding = (actorKey: string): CachedStanding | undefined => standings.get(actorKey)

/**
 * Bumped by every change: a read that began before a change is not remembered, so a request racing
 * a demotion cannot put the old role back for 5 seconds.
 */
let changes = 0

/** Where a read starts: pass it back to rememberStanding. */
export const standingReadMark = (): number => changes

export function rememberStanding(actorKey: string, standing: CachedStanding, readMark: number): void {
  if (readMark === changes) standings.set(actorKey, standing)
}

/** Forgets every cached standing of this user (their logins and the secret keys they created). */
export function forgetStanding(userId: string): void {
  changes += 1
  for (const [key, standing] of standings.entries()) if (standing.user_id === userId) standings.delete(key)
}
