/**
 * The delivery zones and stop-desks as the office set them in Medusa Admin (module delivery-rates),
 * and the pure questions checkout asks of them: which zone delivers a wilaya, at what price and delay
 * for a mode, which stop-desks a wilaya has. The price of a cart's delivery is always computed here,
 * on the server, from the cart's wilaya.
 */
export type DeliveryMode = "home" | "stopdesk"

export const DELIVERY_MODES: readonly DeliveryMode[] = ["home", "stopdesk"]

export const isDeliveryMode = (value: unknown): value is DeliveryMode => value === "home" || value === "stopdesk"

/** A zone as the Store API lists it: `id` is the zone's handle (what a shipping method records). */
export type DeliveryZone = {
  id: string
  name_fr: string
  name_ar: string
  wilayas: string[]
  home: { price: number; delay_days: number }
  stopdesk: { price: number; delay_days: number }
}

export type StopDesk = { id: string; wilaya_code: string; name_fr: string; name_ar: string; is_active: boolean }

/** Active zones only; every stop-desk, active or not (an order's desk keeps its name). */
export type DeliveryTable = { zones: DeliveryZone[]; stopDesks: StopDesk[] }

export type DeliveryQuote = { zone_id: string; mode: DeliveryMode; amount: number; delay_days: number }

export function zoneOfWilaya(table: DeliveryTable, wilayaCode: string | null | undefined): DeliveryZone | undefined {
  return table.zones.find((zone) => zone.wilayas.includes(String(wilayaCode ?? "")))
}

/** Price (DZD, tax included) and delay of delivering to a wilaya; null for a wilaya no active zone serves. */
export function deliveryQuote(table: DeliveryTable, wilayaCode: string | null | undefined, mode: DeliveryMode): DeliveryQuote | null {
  const zone = zoneOfWilaya(table, wilayaCode)
  if (!zone) return null
  return { zone_id: zone.id, mode, amount: zone[mode].price, delay_days: zone[mode].delay_days }
}

/** The stop-desks a customer of the wilaya may choose (active ones). */
export const stopDesksOf = (table: DeliveryTable, wilayaCode: string) => table.stopDesks.filter((desk) => desk.is_active && desk.wilaya_code === wilayaCode)

/** A stop-desk a customer may choose now: active, or undefined. */
export const findActiveStopDesk = (table: DeliveryTable, id: string) => table.stopDesks.find((desk) => desk.is_active && desk.id === id)
