/**
 * Delivery zones: wilayas grouped by distance from the Algiers warehouse, each with a price (DZD, tax
 * included) and a delay in days for home delivery and for stop-desk pick-up. The price of a cart's
 * delivery is always computed here, on the server, from the cart's wilaya.
 */
export type DeliveryMode = "home" | "stopdesk"

export type DeliveryZone = {
  id: string
  name_fr: string
  name_ar: string
  wilayas: string[]
  home: { price: number; delay_days: number }
  stopdesk: { price: number; delay_days: number }
}

export const DELIVERY_ZONES: DeliveryZone[] = [
  {
    id: "alger",
    name_fr: "Alger et environs",
    name_ar: "الجزائر العاصمة وضواحيها",
    wilayas: ["09", "16", "35", "42"],
    home: { price: 600, delay_days: 1 },
    stopdesk: { price: 400, delay_days: 1 },
  },
  {
    id: "nord",
    name_fr: "Nord",
    name_ar: "الشمال",
    wilayas: ["02", "06", "10", "13", "15", "18", "21", "22", "23", "24", "25", "26", "27", "29", "31", "36", "41", "43", "44", "46", "48"],
    home: { price: 800, delay_days: 2 },
    stopdesk: { price: 500, delay_days: 2 },
  },
  {
    id: "hauts-plateaux",
    name_fr: "Hauts Plateaux",
    name_ar: "الهضاب العليا",
    wilayas: ["03", "04", "05", "12", "14", "17", "19", "20", "28", "32", "34", "38", "40", "45"],
    home: { price: 900, delay_days: 3 },
    stopdesk: { price: 550, delay_days: 3 },
  },
  {
    id: "sud",
    name_fr: "Sud",
    name_ar: "الجنوب",
    wilayas: ["01", "07", "08", "30", "39", "47", "49", "51", "52", "55", "57", "58"],
    home: { price: 1200, delay_days: 4 },
    stopdesk: { price: 800, delay_days: 4 },
  },
  {
    id: "grand-sud",
    name_fr: "Grand Sud",
    name_ar: "الجنوب الكبير",
    wilayas: ["11", "33", "37", "50", "53", "54", "56"],
    home: { price: 1800, delay_days: 6 },
    stopdesk: { price: 1200, delay_days: 6 },
  },
]

export type DeliveryQuote = { zone_id: string; mode: DeliveryMode; amount: number; delay_days: number }

export function zoneOfWilaya(wilayaCode: string | null | undefined): DeliveryZone | undefined {
  return DELIVERY_ZONES.find((zone) => zone.wilayas.includes(String(wilayaCode ?? "")))
}

/** Price and delay of delivering to a wilaya; null for a wilaya no zone serves. */
export function deliveryQuote(wilayaCode: string | null | undefined, mode: DeliveryMode): DeliveryQuote | null {
  const zone = zoneOfWilaya(wilayaCode)
  if (!zone) return null
  return { zone_id: zone.id, mode, amount: zone[mode].price, delay_days: zone[mode].delay_days }
}

export const isDeliveryMode = (value: unknown): value is DeliveryMode => value === "home" || value === "stopdesk"
