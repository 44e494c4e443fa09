import type { BookingChoice } from "../../lib/booking/booking-choice"

/** The answers of the earlier steps, carried by a step's form (each is checked again on arrival). */
export function HiddenChoice({ choice, omit = [] }: { choice: BookingChoice; omit?: (keyof BookingChoice)[] }) {
  const fields: [string, string | null][] = [
    ["wilaya", omit.includes("wilaya") ? null : choice.wilaya],
    ["commune", omit.includes("commune") ? null : choice.commune],
    ["panne", omit.includes("fault") ? null : choice.fault],
    ["semaine", omit.includes("week") || !choice.week ? null : String(choice.week)],
    ["creneau", omit.includes("slot") ? null : choice.slot],
  ]
  return (
    <>
      {fields.map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
    </>
  )
}
