import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { keyStanding, type StoredRequest } from "../../lib/idempotency/idempotency"
import { normalize, type Interval } from "../../lib/availability/intervals"
import type { SlotRequest, TechnicianAvailability, WeeklyRule } from "../../lib/availability/slots"
import { DAY, zonedInstant } from "../../lib/availability/time"
import { REMINDABLE_STATUS, type ReminderWindow } from "../../lib/reminders/reminder-window"
import { Appointment } from "./models/appointment"
import { BookingClosure } from "./models/booking-closure"
import { BookingRequest } from "./models/booking-request"
import { BookingTimeOff } from "./models/booking-time-off"
import { BookingZone } from "./models/booking-zone"
import { FaultType } from "./models/fault-type"
import { Technician } from "./models/technician"
import { VisitReport } from "./models/visit-report"

const toInterval = (range: { starts_at: Date | string; ends_at: Date | string }): Interval => ({
  start: new Date(range.starts_at).getTime(),
  end: new Date(range.ends_at).getTime(),
})

class BookingModuleService extends MedusaService({ Technician, BookingZone, FaultType, BookingTimeOff, BookingClosure, Appointment, BookingRequest, VisitReport }) {
  /**
   * Everything the pure slot engine needs for a zone, a fault type and local dates: the zone's
   * technicians with their hours, absences and the ranges their live visits block, and closures.
   */
  async availabilityInputs(
    zoneId: string,
    faultTypeId: string,
    from: string,
    to: string,
    /** A visit being moved does not block its own new time. */
    ignoreAppointmentId?: string
  ): Promise<Omit<SlotRequest, "now" | "settings">> {
    const [zone] = await this.listBookingZones({ id: zoneId }, { relations: ["technicians", "technicians.time_off"] })
    if (!zone) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Zone inconnue : ${zoneId}`, refusal("unknown_zone"))
    const [faultType] = await this.listFaultTypes({ id: faultTypeId })
    if (!faultType) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Type de panne inconnu : ${faultTypeId}`, refusal("unknown_fault_type"))
    const window = { start: zonedInstant(from, 0), end: zonedInstant(to, 24 * 60) + DAY }
    const technicianIds = zone.technicians.map((technician) => technician.id)
    const appointments = technicianIds.length
      ? await this.listAppointments(
          {
            technician_id: technicianIds,
            status: { $ne: "cancelled" },
            blocked_until: { $gt: new Date(window.start - DAY) },
            blocked_from: { $lt: new Date(window.end) },
          },
          { select: ["id", "technician_id", "blocked_from", "blocked_until"] }
        )
      : []
    const closures = await this.listBookingClosures({})
    const technicians: TechnicianAvailability[] = zone.technicians.map((technician) => ({
      id: technician.id,
      active: technician.is_active,
      zone_ids: [zone.id],
      skills: (technician.skills as unknown as string[]) ?? [],
      weekly: (technician.weekly_hours as unknown as WeeklyRule[]) ?? [],
      time_off: (technician.time_off ?? []).map(toInterval),
      blocked: normalize(
        appointments
          .filter((appointment) => appointment.technician_id === technician.id && appointment.id !== ignoreAppointmentId)
          .map((appointment) => toInterval({ starts_at: appointment.blocked_from, ends_at: appointment.blocked_until }))
      ),
    }))
    return {
      zone_id: zone.id,
      fault_type: { duration_minutes: faultType.duration_minutes, required_skill: faultType.required_skill },
      from,
      to,
      closures: closures.map((closure) => ({ start: zonedInstant(closure.date, 0), end: zonedInstant(closure.date, 24 * 60) })),
      technicians,
    }
  }

  /**
   * Claims an Idempotency-Key for a booking request: `claimed` is the new record's id when this
   * request is the first to use the key (the caller then writes its answer there, or deletes it on
   * an unexpected failure), `stored` what was kept for the key before. Two simultaneous first
   * attempts meet at the unique index: one claims, the other gets the record. An expired key, or
   * one left in progress by a process that died, is deleted by its id (never a newer claim) and
   * claimed again.
   */
  async claimBookingRequest(key: string, requestHash: string, now = new Date()): Promise<{ claimed: string } | { stored: StoredRequest }> {
    const [previous] = await this.listBookingRequests({ idempotency_key: key })
    if (previous && keyStanding(previous, now) !== "stands") {
      await this.deleteBookingRequests(previous.id)
    } else if (previous) {
      return { stored: previous as unknown as StoredRequest }
    }
    try {
      const created = await this.createBookingRequests({ idempotency_key: key, request_hash: requestHash })
      return { claimed: created.id }
    } catch (error) {
      // The unique index refused a second claim (Medusa reports it as invalid data "already exists",
      // not by SQLSTATE): whoever holds the key now is the answer; anything else is a real failure.
      const [winner] = await this.listBookingRequests({ idempotency_key: key })
      if (!winner) throw error
      return { stored: winner as unknown as StoredRequest }
    }
  }

  /**
   * Claims a visit's day-before reminder: true for exactly one caller, however many workers run
   * the job at once. One conditional UPDATE, atomic in PostgreSQL: a second claim finds
   * reminded_at set (or the visit no longer confirmed, or moved out of the window) and gets false.
   */
  @InjectManager()
  async claimReminder(appointmentId: string, window: ReminderWindow, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<boolean> {
    const claimed = await sharedContext.manager!.execute(
      `UPDATE appointment SET reminded_at = now() WHERE id = ? AND reminded_at IS NULL AND status = ? AND deleted_at IS NULL AND starts_at >= ? AND starts_at < ? RETURNING id`,
      [appointmentId, REMINDABLE_STATUS, window.starts_from, window.starts_before]
    )
    return claimed.length === 1
  }

  /** Gives a claimed reminder back when sending failed, so that the next run tries again. */
  @InjectManager()
  async releaseReminder(appointmentId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    await sharedContext.manager!.execute(`UPDATE appointment SET reminded_at = NULL WHERE id = ?`, [appointmentId])
  }
}

export default BookingModuleService
