/**
 * The delivery settings page talks to /admin/delivery-rates with the dashboard's session cookie (the
 * kernel's admin-fetch: a refusal carries the route's French message and its code; its admin-read
 * hook reads a route).
 */
import { adminFetch } from "@mj-chauffage/shop-kernel/admin-fetch"
import { formatDzd } from "@mj-chauffage/shop-kernel/money"

export type AdminDeliveryZone = {
  id: string
  handle: string
  name_fr: string
  name_ar: string
  home_price: number
  home_delay_days: number
  stopdesk_price: number
  stopdesk_delay_days: number
  is_active: boolean
  wilayas: string[]
}

export type AdminStopDesk = {
  id: string
  wilaya_code: string
  commune: string | null
  name_fr: string
  name_ar: string
  address: string | null
  carrier: string | null
  is_active: boolean
}

export type Wilaya = { code: string; name_fr: string; name_ar: string }

export type DeliverySettings = { zones: AdminDeliveryZone[]; stop_desks: AdminStopDesk[] }

/** "34 700 DA", as the shop writes amounts. */
export const dinars = (amount: number) => formatDzd(amount, "fr")

export const days = (count: number) => (count === 0 ? "le jour même" : count === 1 ? "1 jour" : `${count} jours`)

export const saveZone = (id: string, changes: Partial<Omit<AdminDeliveryZone, "id" | "handle" | "wilayas">>) =>
  adminFetch(`/admin/delivery-rates/zones/${id}`, { method: "POST", body: changes })

export const moveWilaya = (wilaya_code: string, zone_id: string | null) =>
  adminFetch("/admin/delivery-rates/wilayas", { method: "POST", body: { assignments: [{ wilaya_code, zone_id }] } })

export type StopDeskFields = Omit<AdminStopDesk, "id" | "is_active">

/**
 * Only the fields the routes accept (their bodies are strict): a desk read from GET also carries its id
 * and timestamps, and sending it back whole was refused with 400.
 */
export const stopDeskFields = (desk: StopDeskFields): StopDeskFields => ({
  wilaya_code: desk.wilaya_code,
  commune: desk.commune,
  name_fr: desk.name_fr,
  name_ar: desk.name_ar,
  address: desk.address,
  carrier: desk.carrier,
})

export const createStopDesk = (fields: StopDeskFields) =>
  adminFetch("/admin/delivery-rates/stop-desks", { method: "POST", body: stopDeskFields(fields) })

export const saveStopDesk = (id: string, fields: StopDeskFields) =>
  adminFetch(`/admin/delivery-rates/stop-desks/${id}`, { method: "POST", body: stopDeskFields(fields) })

export const setStopDeskActive = (id: string, is_active: boolean) =>
  adminFetch(`/admin/delivery-rates/stop-desks/${id}`, { method: "POST", body: { is_active } })
