/**
 * The booking's reference data (zones, fault types, technicians with hours and absences, closures),
 * read by every slot query and changed only by the office. Each server keeps one copy and checks it
 * with one small query: a fingerprint over every row of those tables (id, updated_at, deleted_at,
 * and the zone ↔ technician pairs), which changes with any write, from any server or script.
 */
import { normalize, type Interval } from "../../lib/availability/intervals"
import type { WeeklyRule } from "../../lib/availability/slots"
import { zonedInstant } from "../../lib/availability/time"

const rowsOf = (table: string) =>
  `SELECT '${table}:' || count(*) || ':' || coalesce(sum(hashtext(id || '/' || updated_at::text || '/' || coalesce(deleted_at::text, ''))), 0) FROM "${table}"`

export const REFERENCE_FINGERPRINT_SQL = `SELECT md5(string_agg(part, '|' ORDER BY part)) AS fingerprint FROM (
  ${["booking_zone", "fault_type", "technician", "booking_time_off", "booking_closure"].map(rowsOf).join("\n  UNION ALL ")}
  UNION ALL SELECT 'pairs:' || count(*) || ':' || coalesce(sum(hashtext(booking_zone_id || '/' || technician_id)), 0) FROM "booking_zone_technicians"
) AS parts(part)`

export type ReferenceZone = { id: string; is_active: boolean; technician_ids: string[] }
export type ReferenceFaultType = { id: string; is_active: boolean; duration_minutes: number; required_skill: string }
export type ReferenceTechnician = { id: string; is_active: boolean; skills: string[]; weekly: WeeklyRule[]; time_off: Interval[] }

export type BookingReference = {
  zones: Map<string, ReferenceZone>
  faultTypes: Map<string, ReferenceFaultType>
  technicians: Map<string, ReferenceTechnician>
  closures: Interval[]
}

type Range = { starts_at: Date | string; ends_at: Date | string }
const toInterval = (range: Range): Interval => ({ start: new Date(range.starts_at).getTime(), end: new Date(range.ends_at).getTime() })

/** The stored rows, shaped for the slot engine. */
export function bookingReference(rows: {
  zones: Array<{ id: string; is_active: boolean; technicians?: Array<{ id: string }> | null }>
  faultTypes: Array<{ id: string; is_active: boolean; duration_minutes: number; required_skill: string }>
  technicians: Array<{ id: string; is_active: boolean; skills: unknown; weekly_hours: unknown; time_off?: Range[] | null }>
  closures: Array<{ date: string }>
}): BookingReference {
  return {
    zones: new Map(rows.zones.map((zone) => [zone.id, { id: zone.id, is_active: zone.is_active, technician_ids: (zone.technicians ?? []).map((technician) => technician.id) }])),
    faultTypes: new Map(rows.faultTypes.map((fault) => [fault.id, { id: fault.id, is_active: fault.is_active, duration_minutes: fault.duration_minutes, required_skill: fault.required_skill }])),
    technicians: new Map(
      rows.technicians.map((technician) => [
        technician.id,
        {
          id: technician.id,
          is_active: technician.is_active,
          skills: (technician.skills as string[] | null) ?? [],
          weekly: (technician.weekly_hours as WeeklyRule[] | null) ?? [],
          time_off: normalize((technician.time_off ?? []).map(toInterval)),
        },
      ])
    ),
    closures: rows.closures.map((closure) => ({ start: zonedInstant(closure.date, 0), end: zonedInstant(closure.date, 24 * 60) })),
  }
}
