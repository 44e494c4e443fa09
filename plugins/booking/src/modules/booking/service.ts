import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { keyStanding, type StoredRequest } from "../../lib/idempotency/idempotency"
import { normalize, type Interval } from "../../lib/availability/intervals"
import type { SlotRequest, TechnicianAvailability } from "../../lib/availability/slots"
import { DAY, zonedInstant } from "../../lib/availability/time"
import { REMINDABLE_STATUS, type ReminderWindow } from "../../lib/reminders/reminder-window"
import { REFERENCE_FINGERPRINT_SQL, bookingReference, type BookingReference } from "./reference-data"
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
    ignoreAppointmentId?: string,
    /** The reference data when the caller has just read it (saves its fingerprint check). */
    knownReference?: BookingReference
  ): Promise<Omit<SlotRequest, "now" | "settings">> {
    const reference = knownReference ?? (await this.referenceData())
    const zone = reference.zones.get(zoneId)
    if (!zone) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Zone inconnue : ${zoneId}`, refusal("unknown_zone"))
    const faultType = reference.faultTypes.get(faultTypeId)
    if (!faultType) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Type de panne inconnu : ${faultTypeId}`, refusal("unknown_fault_type"))
    const window = { start: zonedInstant(from, 0), end: zonedInstant(to, 24 * 60) + DAY }
    const zoneTechnicians = zone.technician_ids.map((id) => reference.technicians.get(id)).filter((technician) => technician !== undefined)
    // The zone's technicians' visits in the window, in one read of just the blocked ranges.
    const appointments = await this.blockedRanges(
      zoneTechnicians.map((technician) => technician.id),
      new Date(window.start - DAY),
      new Date(window.end)
    )
    const technicians: TechnicianAvailability[] = zoneTechnicians.map((technician) => ({
      id: technician.id,
      active: technician.is_active,
      zone_ids: [zone.id],
      skills: technician.skills,
      weekly: technician.weekly,
      time_off: technician.time_off,
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
      closures: reference.closures,
      technicians,
    }
  }

  /**
   * The ranges live visits of these technicians block between two instants. Plain rows, not ORM
   * entities: a slot query reads a month of visits, and hydrating each one was most of its time.
   */
  @InjectManager()
  protected async blockedRanges(
    technicianIds: string[],
    from: Date,
    until: Date,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<Array<{ id: string; technician_id: string; blocked_from: Date; blocked_until: Date }>> {
    if (technicianIds.length === 0) return []
    return sharedContext.manager!.execute(
      `SELECT id, technician_id, blocked_from, blocked_until FROM appointment
        WHERE technician_id IN (${technicianIds.map(() => "?").join(", ")}) AND status <> 'cancelled' AND deleted_at IS NULL
          AND blocked_until > ? AND blocked_from < ?`,
      [...technicianIds, from, until]
    )
  }

  private reference?: { fingerprint: string; data: Promise<BookingReference> }

  /**
   * The reference data as stored now: this server's copy while the fingerprint query (one small
   * read) says nothing changed, read again otherwise (once, however many requests ask meanwhile).
   */
  async referenceData(): Promise<BookingReference> {
    const fingerprint = await this.referenceFingerprint()
    if (this.reference?.fingerprint !== fingerprint) {
      const data = this.readReference()
      this.reference = { fingerprint, data }
      // A failed read is not kept: the next request reads again.
      data.catch(() => {
        if (this.reference?.data === data) this.reference = undefined
      })
    }
    return this.reference.data
  }

  @InjectManager()
  protected async referenceFingerprint(@MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<string> {
    const [row] = await sharedContext.manager!.execute(REFERENCE_FINGERPRINT_SQL)
    return String((row as { fingerprint: string }).fingerprint)
  }

  private async readReference(): Promise<BookingReference> {
    const [zones, faultTypes, technicians, closures] = await Promise.all([
      this.listBookingZones({}, { relations: ["technicians"], select: ["id", "is_active", "technicians.id"] }),
      this.listFaultTypes({}, { select: ["id", "is_active", "duration_minutes", "required_skill"] }),
      this.listTechnicians({}, { relations: ["time_off"] }),
      this.listBookingClosures({}, { select: ["date"] }),
    ])
    return bookingReference({ zones, faultTypes, technicians, closures })
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
