/** What the booking integration tests share. */
import { blockedRange } from "@mj-chauffage/booking/lib/availability/slots"
import { BOOKING_SETTINGS } from "@mj-chauffage/booking/lib/booking-settings"

type Answer = { status: number; data: any; headers: Record<string, string> } // eslint-disable-line @typescript-eslint/no-explicit-any

/** The HTTP answer whether it is a success or an error status (axios throws on 4xx/5xx). */
export const settle = <T extends Answer>(request: Promise<T>): Promise<T> => request.catch((error: { response: T }) => error.response)

/** Today's date in Algiers plus `days`, as the slots query takes it (AAAA-MM-JJ). */
export function algiersDate(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Algiers" }).format(new Date(Date.now() + days * 86_400_000))
}

/**
 * `count` of the offered slots whose blocked ranges (visit, then the travel buffer) do not overlap,
 * earliest first; fewer when the list has no more. Offered slots overlap on the 30-minute grid and
 * each is only promised to be free on its own: booking 08:00 can take the last technician free at
 * 08:30 (one busy elsewhere, e.g. in another zone he also serves). Slots chosen apart all stay bookable
 * whatever the others took.
 */
export function slotsApart<Slot extends { start: string; end: string }>(slots: Slot[], count: number): Slot[] {
  const apart: Slot[] = []
  let freeFrom = -Infinity
  for (const slot of slots) {
    if (apart.length === count) break
    if (Date.parse(slot.start) < freeFrom) continue
    apart.push(slot)
    freeFrom = blockedRange(Date.parse(slot.start), Date.parse(slot.end), BOOKING_SETTINGS.travel_buffer_minutes).end
  }
  return apart
}
