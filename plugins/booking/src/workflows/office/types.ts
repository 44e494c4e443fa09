/** What the office's workflows take: the admin routes' validated bodies, with the record's id. */
import type { WeeklyRule } from "../../lib/availability/slots"

export type TechnicianFields = {
  name: string
  phone: string
  skills: string[]
  zone_ids: string[]
  weekly_hours: WeeklyRule[]
  is_active: boolean
}
export type CreateTechnicianInput = Omit<TechnicianFields, "weekly_hours" | "is_active"> & { weekly_hours?: WeeklyRule[]; user_id?: string | null }
export type UpdateTechnicianInput = { id: string } & Partial<Omit<TechnicianFields, "is_active">> & { user_id?: string | null }
export type TechnicianChanges = { id: string } & Partial<TechnicianFields>

export type ZoneFields = { name_fr: string; name_ar: string; wilaya_codes: string[]; commune_ids: string[] | null; is_active: boolean }
export type CreateZoneInput = Omit<ZoneFields, "commune_ids" | "is_active"> & { handle?: string; commune_ids?: string[] | null }
export type ZoneChanges = { id: string } & Partial<ZoneFields>
/** What a zone covers once a change is applied: what the shop checks against its territory data. */
export type ZoneTerritory = { wilaya_codes: string[]; commune_ids: string[] | null }

export type FaultTypeFields = {
  label_fr: string
  label_ar: string
  duration_minutes: number
  visit_fee: number
  required_skill: string
  urgency: "normal" | "urgent"
  is_active: boolean
}
export type CreateFaultTypeInput = Omit<FaultTypeFields, "is_active" | "urgency"> & { handle?: string; urgency?: "normal" | "urgent" }
export type FaultTypeChanges = { id: string } & Partial<FaultTypeFields>

export type CreateTimeOffInput = { technician_id: string; starts_at: string; ends_at: string; reason?: string | null }
export type CreateClosureInput = { date: string; label: string }
