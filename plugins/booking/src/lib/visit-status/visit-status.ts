/**
 * A visit's life and who may move it. The technician drives their own visit on the day
 * (confirmed → en route → in progress → done, or no-show); the office may also cancel, and take back
 * a cancellation or a no-show. Done is final: its report took parts out of stock and counted cash.
 */
import type { APPOINTMENT_STATUSES } from "../../modules/booking/models/appointment"

export type VisitStatus = (typeof APPOINTMENT_STATUSES)[number]
export type VisitActor = "technician" | "office"

const TECHNICIAN_MOVES: Record<VisitStatus, VisitStatus[]> = {
  requested: [],
  confirmed: ["en_route", "in_progress", "no_show"],
  en_route: ["in_progress", "no_show"],
  in_progress: ["done"],
  done: [],
  cancelled: [],
  no_show: [],
}

const OFFICE_ONLY_MOVES: Record<VisitStatus, VisitStatus[]> = {
  requested: ["confirmed", "cancelled"],
  confirmed: ["cancelled"],
  en_route: ["confirmed", "cancelled"],
  in_progress: ["confirmed"],
  done: [],
  cancelled: ["confirmed"],
  no_show: ["confirmed"],
}

/** The statuses `actor` may move a visit to from `from`. */
export function nextStatuses(from: VisitStatus, actor: VisitActor): VisitStatus[] {
  return actor === "technician" ? TECHNICIAN_MOVES[from] : [...TECHNICIAN_MOVES[from], ...OFFICE_ONLY_MOVES[from]]
}

export function canMove(from: VisitStatus, to: VisitStatus, actor: VisitActor): boolean {
  return nextStatuses(from, actor).includes(to)
}

/** Statuses that still hold the technician's time (the EXCLUDE constraint ignores only cancelled ones). */
export const LIVE_STATUSES: VisitStatus[] = ["requested", "confirmed", "en_route", "in_progress"]

/** French labels for the office and the technician's page. */
export const STATUS_LABELS: Record<VisitStatus, string> = {
  requested: "À planifier",
  confirmed: "Confirmée",
  en_route: "En route",
  in_progress: "En cours",
  done: "Terminée",
  cancelled: "Annulée",
  no_show: "Client absent",
}
