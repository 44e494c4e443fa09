/**
 * What every change of a visit writes, and how it is undone: the change itself, SEQUENCE + 1
 * (calendars replace the event) and a history entry (who, when, what); a step's compensation puts
 * the previous row back.
 */
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { BOOKING_MODULE } from "../modules/booking"
import type BookingModuleService from "../modules/booking/service"

export type HistoryEntry = { at: string; action: string; by: string; from?: string; to?: string; reason?: string }
export type StoredAppointment = Awaited<ReturnType<BookingModuleService["retrieveAppointment"]>>

export const history = (appointment: StoredAppointment) => (appointment.history as unknown as HistoryEntry[]) ?? []
const asJson = (entries: HistoryEntry[]) => entries as unknown as Record<string, unknown>

export const snapshot = (appointment: StoredAppointment) => ({
  id: appointment.id,
  status: appointment.status,
  cancellation_reason: appointment.cancellation_reason,
  technician_id: appointment.technician_id,
  starts_at: appointment.starts_at,
  ends_at: appointment.ends_at,
  blocked_from: appointment.blocked_from,
  blocked_until: appointment.blocked_until,
  sequence: appointment.sequence,
  history: appointment.history,
  reminded_at: appointment.reminded_at,
})

export type Snapshot = ReturnType<typeof snapshot>

/**
 * What every change writes: the change itself, SEQUENCE + 1 (calendars replace the event) and a
 * history entry; the previous row is the compensation's input.
 */
type Change = Omit<Parameters<BookingModuleService["updateAppointments"]>[0] & object, "id" | "sequence" | "history">

export async function writeChange(booking: BookingModuleService, appointment: StoredAppointment, change: Change, entry: Omit<HistoryEntry, "at">) {
  return booking.updateAppointments({
    id: appointment.id,
    ...change,
    sequence: appointment.sequence + 1,
    history: asJson([...history(appointment), { at: new Date().toISOString(), ...entry }]),
  })
}

/** A step's answer for a change: the visit as it is now, and as it was for the compensation. */
export async function applyChange(booking: BookingModuleService, appointment: StoredAppointment, change: Change, entry: Omit<HistoryEntry, "at">) {
  return new StepResponse(await writeChange(booking, appointment, change, entry), snapshot(appointment))
}

/** Compensation of both changes: put the visit back as it was. */
export async function restorePrevious(previous: Snapshot | undefined, { container }: { container: MedusaContainer }) {
  if (previous) await container.resolve<BookingModuleService>(BOOKING_MODULE).updateAppointments(previous)
}

