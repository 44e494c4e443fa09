import "server-only"
import type { BookingZone } from "../booking/zone-for-place"
import type { Slot } from "../booking/slot-calendar"
import { medusa } from "./client"

/** Reference data of the booking pages: changes when the office edits it, cached for 5 minutes. */
const REFERENCE = { next: { revalidate: 300, tags: ["booking"] } }

export type FaultType = { id: string; handle: string; label_fr: string; label_ar: string; duration_minutes: number; visit_fee: number; urgency: string }

export type VisitRequest = {
  zone_id: string
  fault_type_id: string
  starts_at: string
  contact: { first_name: string; last_name: string; phone: string; email: string }
  address: { address_1: string; commune: string; wilaya_code: string }
  description: string
  boiler_brand?: string
  boiler_model?: string
  locale: "fr" | "ar"
}

export async function listBookingZones(): Promise<BookingZone[]> {
  return (await medusa.client.fetch<{ zones: BookingZone[] }>("/store/booking/zones", REFERENCE)).zones
}

export async function listFaultTypes(): Promise<FaultType[]> {
  return (await medusa.client.fetch<{ fault_types: FaultType[] }>("/store/booking/fault-types", REFERENCE)).fault_types
}

/** Free slots (never cached: a slot taken a second ago must not be offered). */
export async function listSlots(zoneId: string, faultTypeId: string, from: string, to: string): Promise<Slot[]> {
  const query = { zone_id: zoneId, fault_type_id: faultTypeId, from, to }
  return (await medusa.client.fetch<{ slots: Slot[] }>("/store/booking/slots", { query, cache: "no-store" })).slots
}

/**
 * Books the visit. `idempotencyKey` makes a double submit (or a retry after a lost answer) book
 * once; a logged-in customer's token makes it theirs. A refusal is thrown with its code.
 */
export async function bookVisit(
  request: VisitRequest,
  idempotencyKey: string,
  customerHeaders: Record<string, string> = {}
): Promise<{ id: string; manageToken: string }> {
  const { appointment, manage_token } = await medusa.client.fetch<{ appointment: { id: string }; manage_token: string }>(
    "/store/booking/appointments",
    { method: "POST", body: request, headers: { "idempotency-key": idempotencyKey, ...customerHeaders }, cache: "no-store" }
  )
  return { id: appointment.id, manageToken: manage_token }
}
