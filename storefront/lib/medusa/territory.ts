import "server-only"
import type { Commune, DeliveryZone, StopDesk, Wilaya } from "../territory/names"
import { medusa } from "./client"

// Reference data changes with a law or a new agency, not per request: cached for an hour.
const REFERENCE_CACHE: { next: { revalidate: number; tags: string[] } } = { next: { revalidate: 3600, tags: ["territory"] } }
// Delivery prices and stop-desks are edited in Medusa Admin: shown a minute after a change (checkout prices on the server).
const DELIVERY_CACHE: { next: { revalidate: number; tags: string[] } } = { next: { revalidate: 60, tags: ["territory", "delivery"] } }

export async function listWilayas(): Promise<Wilaya[]> {
  return (await medusa.client.fetch<{ wilayas: Wilaya[] }>("/store/territory/wilayas", REFERENCE_CACHE)).wilayas
}

export async function listCommunes(wilayaCode: string): Promise<Commune[]> {
  if (!/^\d{2}$/.test(wilayaCode)) return []
  return (await medusa.client.fetch<{ communes: Commune[] }>("/store/territory/communes", { query: { wilaya: wilayaCode }, ...REFERENCE_CACHE }))
    .communes
}

export async function listStopDesks(wilayaCode: string): Promise<StopDesk[]> {
  if (!/^\d{2}$/.test(wilayaCode)) return []
  return (await medusa.client.fetch<{ stop_desks: StopDesk[] }>("/store/delivery/stop-desks", { query: { wilaya: wilayaCode }, ...DELIVERY_CACHE }))
    .stop_desks
}

export async function deliveryZoneOf(wilayaCode: string): Promise<DeliveryZone | null> {
  const { zones } = await medusa.client.fetch<{ zones: DeliveryZone[] }>("/store/delivery/zones", DELIVERY_CACHE)
  return zones.find((zone) => zone.wilayas.includes(wilayaCode)) ?? null
}
