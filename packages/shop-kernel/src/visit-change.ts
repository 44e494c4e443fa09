/**
 * When a customer may still cancel or move a repair visit online: while it is still to come
 * (requested or confirmed) and at least VISIT_CHANGE_NOTICE_HOURS before it starts (after that the
 * technician is on the way: the customer calls). Used by the booking workflows, the e-mails that
 * state the rule and the storefront's visit page.
 */
import type { RefusalCode } from "./refusals.js"

export const VISIT_CHANGE_NOTICE_HOURS = 2
const CUSTOMER_CHANGEABLE_STATUSES: readonly string[] = ["requested", "confirmed"]

export type VisitChangeRefusal = Extract<RefusalCode, "visit_cancelled" | "visit_not_changeable" | "visit_change_too_late">

/** Why the customer may not change this visit now, or null when they may. */
export function visitChangeRefusal(visit: { status: string; starts_at: Date | string }, now: number = Date.now()): VisitChangeRefusal | null {
  if (visit.status === "cancelled") return "visit_cancelled"
  if (!CUSTOMER_CHANGEABLE_STATUSES.includes(visit.status)) return "visit_not_changeable"
  if (new Date(visit.starts_at).getTime() - now < VISIT_CHANGE_NOTICE_HOURS * 3600_000) return "visit_change_too_late"
  return null
}
