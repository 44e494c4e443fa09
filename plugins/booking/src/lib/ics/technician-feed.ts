/**
 * A technician's visits as a calendar a phone subscribes to (RFC 5545, METHOD PUBLISH): one event per
 * visit with the customer's name, phone and address, so the phone's agenda is enough in the van.
 * Same UIDs as the customer's invitations; SEQUENCE follows each change.
 */
import { createEvents, type EventAttributes } from "ics"

export type FeedVisit = {
  id: string
  starts_at: Date | string
  ends_at: Date | string
  status: string
  sequence: number
  fault_label: string
  description: string
  address_1: string
  commune: string
  wilaya_code: string
  contact_first_name: string
  contact_last_name: string
  contact_phone: string
}

export function technicianFeed(technicianName: string, visits: FeedVisit[]): string {
  const events: EventAttributes[] = visits.map((visit) => ({
    uid: `${visit.id}@mj-chauffage.dz`,
    productId: "mj-chauffage/booking",
    sequence: visit.sequence,
    status: visit.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
    start: new Date(visit.starts_at).getTime(),
    end: new Date(visit.ends_at).getTime(),
    title: `${visit.fault_label} — ${visit.contact_first_name} ${visit.contact_last_name}`,
    description: `${visit.contact_phone}\n${visit.description}`,
    location: `${visit.address_1}, ${visit.commune} (${visit.wilaya_code})`,
  }))
  const { error, value } = createEvents(events, { method: "PUBLISH", calName: `Interventions — ${technicianName}`, productId: "mj-chauffage/booking" })
  if (error || value === undefined) throw new Error(`Cannot write the calendar feed: ${error?.message ?? "no output"}`)
  // ics writes nothing for an empty list: a subscribed calendar still needs a valid, empty VCALENDAR.
  return value || ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:mj-chauffage/booking", "METHOD:PUBLISH", `X-WR-CALNAME:Interventions — ${technicianName}`, "END:VCALENDAR", ""].join("\r\n")
}
