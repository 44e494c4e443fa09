import "server-only"
import { medusa } from "./client"
import { customerAuthHeaders } from "../account/session"
import { medusaFailure } from "./errors"

export type Visit = {
  id: string
  status: string
  starts_at: string
  ends_at: string
  address_1: string
  commune: string
  wilaya_code: string
  description: string
  fault_type_id: string
  zone_id: string
  cancellation_reason: string | null
  contact_first_name: string
  contact_email: string
  boiler_brand: string | null
  boiler_model: string | null
  technician_first_name: string | null
}

type FaultType = { id: string; label_fr: string; label_ar: string; visit_fee: number; duration_minutes: number }

const APPOINTMENT_ID = /^appt_[0-9A-Z]{26}$/

/**
 * What opens a visit: the signed token of its e-mail link, or else the logged-in customer who booked
 * it (Medusa checks either; a wrong pair is the same 404 as a visit that does not exist).
 */
async function visitAccess(token: string): Promise<Record<string, string> | null> {
  if (token) return token.length > 2000 ? null : { "x-appointment-token": token }
  const session = await customerAuthHeaders()
  return session.authorization ? session : null
}

/** The visit a signed e-mail link opens (the token is the only proof a guest has), or null. */
export async function visitFromLink(id: string, token: string): Promise<{ visit: Visit; fault: FaultType | null } | null> {
  const access = await visitAccess(token)
  if (!APPOINTMENT_ID.test(id) || !access) return null
  try {
    const { appointment } = await medusa.client.fetch<{ appointment: Visit }>(`/store/booking/appointments/${id}`, {
      headers: access,
      cache: "no-store",
    })
    const { fault_types } = await medusa.client.fetch<{ fault_types: FaultType[] }>("/store/booking/fault-types", {
      next: { revalidate: 3600, tags: ["booking"] },
    })
    return { visit: appointment, fault: fault_types.find((fault) => fault.id === appointment.fault_type_id) ?? null }
  } catch (error) {
    if (medusaFailure(error).status === 404) return null
    throw error
  }
}

/** The visit as an iCalendar file, fetched with the link's token. */
export async function visitCalendar(id: string, token: string): Promise<string | null> {
  const access = await visitAccess(token)
  if (!APPOINTMENT_ID.test(id) || !access) return null
  try {
    // Asked for anything but JSON, the SDK hands back the raw response.
    const response = await medusa.client.fetch<Response>(`/store/booking/appointments/${id}/calendar.ics`, {
      headers: { ...access, accept: "text/calendar" },
      cache: "no-store",
    })
    return await response.text()
  } catch (error) {
    if (medusaFailure(error).status === 404) return null
    throw error
  }
}

/**
 * Cancels the visit for the holder of its link. Medusa checks the token (a wrong pair is the same
 * 404 as a visit that does not exist) and the change rule; a refusal is thrown with its code.
 */
export async function cancelVisit(id: string, token: string, reason: string): Promise<"cancelled" | "not_found"> {
  const access = await visitAccess(token)
  if (!APPOINTMENT_ID.test(id) || !access) return "not_found"
  try {
    await medusa.client.fetch(`/store/booking/appointments/${id}/cancel`, {
      method: "POST",
      headers: access,
      body: { reason },
    })
    return "cancelled"
  } catch (error) {
    if (medusaFailure(error).status === 404) return "not_found"
    throw error
  }
}

/**
 * Moves the visit for the holder of its link (or its logged-in owner). A taken slot is thrown as
 * 409 slot_unavailable, like any refusal, with its code.
 */
export async function rescheduleVisit(id: string, token: string, startsAt: string): Promise<"moved" | "not_found"> {
  const access = await visitAccess(token)
  if (!APPOINTMENT_ID.test(id) || !access) return "not_found"
  try {
    await medusa.client.fetch(`/store/booking/appointments/${id}/reschedule`, {
      method: "POST",
      headers: access,
      body: { starts_at: startsAt },
    })
    return "moved"
  } catch (error) {
    if (medusaFailure(error).status === 404) return "not_found"
    throw error
  }
}
