import "server-only"
import { medusa } from "./client"
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
  cancellation_reason: string | null
  contact_first_name: string
}

type FaultType = { id: string; label_fr: string; label_ar: string; visit_fee: number }

const APPOINTMENT_ID = /^appt_[0-9A-Z]{26}$/

/** The visit a signed e-mail link opens (the token is the only proof a guest has), or null. */
export async function visitFromLink(id: string, token: string): Promise<{ visit: Visit; fault: FaultType | null } | null> {
  if (!APPOINTMENT_ID.test(id) || !token || token.length > 2000) return null
  try {
    const { appointment } = await medusa.client.fetch<{ appointment: Visit }>(`/store/booking/appointments/${id}`, {
      headers: { "x-appointment-token": token },
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
  if (!APPOINTMENT_ID.test(id) || !token) return null
  try {
    // Asked for anything but JSON, the SDK hands back the raw response.
    const response = await medusa.client.fetch<Response>(`/store/booking/appointments/${id}/calendar.ics`, {
      headers: { "x-appointment-token": token, accept: "text/calendar" },
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
  if (!APPOINTMENT_ID.test(id) || !token) return "not_found"
  try {
    await medusa.client.fetch(`/store/booking/appointments/${id}/cancel`, {
      method: "POST",
      headers: { "x-appointment-token": token },
      body: { reason },
    })
    return "cancelled"
  } catch (error) {
    if (medusaFailure(error).status === 404) return "not_found"
    throw error
  }
}
