/**
 * Where a customer is in booking a repair visit, read from the page's query string: each step is a
 * plain GET form, so the pages work without JavaScript and the back button walks the steps.
 */
export type BookingChoice = {
  wilaya: string | null
  commune: string | null
  fault: string | null
  week: number
  slot: string | null
}

export type BookingStep = "place" | "fault" | "slot" | "details" | "review"

/** How many weeks ahead the calendar goes (about 30 days). */
export const BOOKING_WEEKS = 5

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined)
const ID = /^[a-z]+_[0-9A-Za-z]{6,40}$/
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/

export function readBookingChoice(query: Record<string, string | string[] | undefined>): BookingChoice {
  const wilaya = one(query.wilaya)
  const commune = one(query.commune)?.trim().slice(0, 120)
  const fault = one(query.panne)
  const slot = one(query.creneau)
  const week = Number.parseInt(one(query.semaine) ?? "0", 10)
  return {
    wilaya: wilaya && /^\d{2}$/.test(wilaya) ? wilaya : null,
    commune: commune || null,
    fault: fault && ID.test(fault) ? fault : null,
    week: Number.isFinite(week) ? Math.min(Math.max(week, 0), BOOKING_WEEKS - 1) : 0,
    slot: slot && ISO_INSTANT.test(slot) && !Number.isNaN(Date.parse(slot)) ? new Date(slot).toISOString() : null,
  }
}

/** The first step still missing an answer (the review needs the details saved, `etape=verifier`). */
export function bookingStep(choice: BookingChoice, wantsReview: boolean): BookingStep {
  if (!choice.wilaya || !choice.commune) return "place"
  if (!choice.fault) return "fault"
  if (!choice.slot) return "slot"
  return wantsReview ? "review" : "details"
}

/** The query string that carries a choice forward (what is set, in step order). */
export function bookingQuery(choice: Partial<BookingChoice>, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams()
  if (choice.wilaya) params.set("wilaya", choice.wilaya)
  if (choice.commune) params.set("commune", choice.commune)
  if (choice.fault) params.set("panne", choice.fault)
  if (choice.week) params.set("semaine", String(choice.week))
  if (choice.slot) params.set("creneau", choice.slot)
  for (const [key, value] of Object.entries(extra)) params.set(key, value)
  const query = params.toString()
  return query ? `?${query}` : ""
}
