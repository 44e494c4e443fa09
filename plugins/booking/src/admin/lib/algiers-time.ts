/**
 * Dates as the office reads and types them: Algiers time (UTC+1 all year, no daylight saving), so a
 * "datetime-local" field's value is sent with +01:00.
 */
import { algiersDateTime } from "@mj-chauffage/shop-kernel/time"

export const showDateTime = (iso: string) => algiersDateTime(iso, "fr", { dateStyle: "medium", timeStyle: "short" })

export const showDate = (date: string) => algiersDateTime(`${date}T12:00:00+01:00`, "fr", { dateStyle: "full" })

/** "2027-03-02T08:00" from a datetime-local field → "2027-03-02T08:00:00+01:00". */
export const fromLocalField = (value: string) => `${value}:00+01:00`
