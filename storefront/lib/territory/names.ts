/**
 * The territory as Medusa's Store API gives it (GET /store/territory/…, /store/delivery/…) and
 * its names in the page's language. Plain types and functions: server pages and client forms share them.
 */
export type Named = { name_fr: string; name_ar: string }
export type Wilaya = Named & { code: string }
export type Commune = Named & { id?: string; wilaya_code: string; postal_code?: string | null }
export type StopDesk = Named & { id: string; wilaya_code: string }
export type DeliveryZone = Named & {
  id: string
  wilayas: string[]
  home: { price: number; delay_days: number }
  stopdesk: { price: number; delay_days: number }
}

export const nameIn = (item: Named, locale: string) => (locale === "ar" ? item.name_ar : item.name_fr)
