import "server-only"
import { customerAuthHeaders } from "../account/session"
import type { Visit } from "./appointments"
import { medusa } from "./client"

/** The logged-in customer's repair visits, latest first. */
export async function customerVisits(): Promise<Visit[]> {
  return (await medusa.client.fetch<{ appointments: Visit[] }>("/store/booking/appointments", { headers: await customerAuthHeaders(), cache: "no-store" }))
    .appointments
}
