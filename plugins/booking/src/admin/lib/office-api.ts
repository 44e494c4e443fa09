/**
 * The booking pages talk to /admin/booking/... with the dashboard's session cookie. A refusal is
 * thrown as an Error carrying the route's French message (the office works in French).
 */
import { adminFetch } from "@mj-chauffage/shop-kernel/admin-fetch"
import { useAdminRead } from "@mj-chauffage/shop-kernel/admin-read"

/** The booking pages' one way to call the admin API (the kernel's admin-fetch). */
export const officeFetch = adminFetch

/** Reads a route once, and again after `reload()` (the kernel's admin-read hook). */
export const useOffice = useAdminRead

export type Zone = { id: string; handle: string; name_fr: string; name_ar: string; wilaya_codes: string[]; commune_ids: string[] | null; is_active: boolean }
export type FaultType = {
  id: string
  handle: string
  label_fr: string
  label_ar: string
  duration_minutes: number
  visit_fee: number
  required_skill: string
  urgency: "normal" | "urgent"
  is_active: boolean
}
export type WeeklyRule = { weekday: number; start: string; end: string }
export type Technician = {
  id: string
  name: string
  phone: string
  skills: string[]
  weekly_hours: WeeklyRule[]
  is_active: boolean
  zones: Array<{ id: string; handle: string; name_fr: string; is_active: boolean }>
  user: { id: string; email: string; first_name: string | null; last_name: string | null } | null
}
export type TimeOff = { id: string; starts_at: string; ends_at: string; reason: string | null }
export type Visit = {
  id: string
  status: string
  starts_at: string
  ends_at: string
  contact_first_name: string
  contact_last_name: string
  contact_phone: string
  commune: string
  wilaya_code: string
}
export type Closure = { id: string; date: string; label: string }
