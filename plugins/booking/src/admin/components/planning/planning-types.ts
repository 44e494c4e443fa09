import type { Visit } from "../../lib/visit-types"

export type PlanningTechnician = {
  id: string
  name: string
  phone: string
  is_active: boolean
  zone_ids: string[]
  weekly_hours: Array<{ weekday: number; start: string; end: string }>
  time_off: Array<{ id: string; starts_at: string; ends_at: string; reason: string | null }>
}

export type Planning = {
  from: string
  days: number
  travel_buffer_minutes: number
  zones: Array<{ id: string; handle: string; name_fr: string; wilaya_codes: string[]; is_active?: boolean }>
  fault_types: Array<{ id: string; label_fr: string; visit_fee: number; duration_minutes: number; urgency: string; is_active?: boolean }>
  technicians: PlanningTechnician[]
  closures: Array<{ date: string; label: string }>
  visits: Visit[]
}
