/**
 * Book a visit: check the asked start is an offered slot and pick its technician (least loaded),
 * then write the appointment with its blocked range. If two customers race for the same slot, the
 * EXCLUDE constraint refuses the second insert (SQLSTATE 23P01), which the route answers 409.
 */
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import type { ShopLocale } from "@mj-chauffage/shop-kernel/locale"
import { createHook, createStep, createWorkflow, StepResponse, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { APPOINTMENT_EVENTS, TECHNICIAN_EVENTS } from "../lib/events/appointment-events"
import { BOOKING_MODULE } from "../modules/booking"
import type BookingModuleService from "../modules/booking/service"
import { blockedRange, freeSlots } from "../lib/availability/slots"
import { localParts } from "../lib/availability/time"
import { BOOKING_SETTINGS, OFFICE_BOOKING_SETTINGS } from "../lib/booking-settings"
import { assertBookable } from "../lib/bookable"
import { OUTSIDE_ZONE_MESSAGE, zoneHasWilaya, type ZonePlace } from "../lib/zones/zone-place"

export const SLOT_TAKEN_MESSAGE = "Ce créneau vient d'être réservé par quelqu'un d'autre. Choisissez un autre créneau."

export type CreateAppointmentInput = {
  zone_id: string
  fault_type_id: string
  starts_at: string
  customer_id?: string | null
  contact: { first_name: string; last_name: string; phone: string; email: string }
  address: { address_1: string; commune: string; wilaya_code: string }
  description: string
  boiler_brand?: string | null
  boiler_model?: string | null
  source?: "web" | "phone"
  locale?: ShopLocale
  /** Office bookings only: the technician chosen (else the least loaded) and the office's rules. */
  technician_id?: string | null
  by_office?: boolean
  /** Who booked: the customer, the office user, or "guest". */
  by?: string
}

export type Plan = { technician_id: string; starts_at: Date; ends_at: Date; blocked_from: Date; blocked_until: Date }

export type VisitRequest = {
  zone_id: string
  fault_type_id: string
  starts_at: string
  ignore_appointment_id?: string
  /** Only this technician may take it (the office's choice). */
  technician_id?: string | null
  /** The office's rules (no customer notice); the customers' by default. */
  by_office?: boolean
}

/**
 * The offered slot starting at `starts_at`, with the technician it goes to and the range it blocks.
 * Not offered: 409 (conflict) when only visits booked meanwhile stand in the way, else 400.
 */
export async function planVisit(booking: BookingModuleService, request: VisitRequest): Promise<Plan> {
  const start = Date.parse(request.starts_at)
  const date = localParts(start).date
  const all = await booking.availabilityInputs(request.zone_id, request.fault_type_id, date, date, request.ignore_appointment_id)
  const inputs = request.technician_id ? { ...all, technicians: all.technicians.filter((technician) => technician.id === request.technician_id) } : all
  if (request.technician_id && inputs.technicians.length === 0) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Ce technicien n'intervient pas dans la zone de cette visite.", refusal("technician_not_in_zone"))
  }
  const settings = request.by_office ? OFFICE_BOOKING_SETTINGS : BOOKING_SETTINGS
  const now = Date.now()
  const slot = freeSlots({ ...inputs, now, settings }).find((candidate) => candidate.start === start)
  if (!slot) {
    // Offered were it not for visits booked meanwhile: the customer lost a race, not made a mistake.
    const unbooked = inputs.technicians.map((technician) => ({ ...technician, blocked: [] }))
    if (freeSlots({ ...inputs, technicians: unbooked, now, settings }).some((candidate) => candidate.start === start)) {
      throw new MedusaError(MedusaError.Types.CONFLICT, SLOT_TAKEN_MESSAGE, refusal("slot_unavailable"))
    }
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Ce créneau n'est pas proposé (passé, trop proche, hors des horaires ou déjà pris). Choisissez un créneau dans GET /store/booking/slots.",
      refusal("slot_not_offered")
    )
  }
  const blocked = blockedRange(slot.start, slot.end, BOOKING_SETTINGS.travel_buffer_minutes)
  return {
    technician_id: slot.technician_id,
    starts_at: new Date(slot.start),
    ends_at: new Date(slot.end),
    blocked_from: new Date(blocked.start),
    blocked_until: new Date(blocked.end),
  }
}

/**
 * The visit's zone, refused when the office deactivated it or its fault type (lib/bookable.ts), or
 * when the address's wilaya is not one of the zone's (400 address_outside_zone).
 */
export const checkVisitZoneStep = createStep("check-visit-zone", async (input: CreateAppointmentInput, { container }) => {
  await assertBookable(container.resolve<BookingModuleService>(BOOKING_MODULE), input.zone_id, input.fault_type_id)
  const [zone] = await container.resolve<BookingModuleService>(BOOKING_MODULE).listBookingZones({ id: input.zone_id }, { select: ["id", "wilaya_codes", "commune_ids"] })
  if (!zone) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Zone inconnue : ${input.zone_id}`, refusal("unknown_zone"))
  if (!zoneHasWilaya(zone, input.address.wilaya_code)) throw new MedusaError(MedusaError.Types.INVALID_DATA, OUTSIDE_ZONE_MESSAGE, refusal("address_outside_zone"))
  return new StepResponse<ZonePlace & { id: string }>({ id: zone.id, wilaya_codes: zone.wilaya_codes, commune_ids: zone.commune_ids })
})

export const planAppointmentStep = createStep("plan-appointment", async (input: CreateAppointmentInput, { container }) => {
  return new StepResponse(await planVisit(container.resolve<BookingModuleService>(BOOKING_MODULE), input))
})

export const insertAppointmentStep = createStep(
  "insert-appointment",
  async ({ input, plan }: { input: CreateAppointmentInput; plan: Plan }, { container }) => {
    const booking = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const appointment = await booking.createAppointments({
      technician_id: plan.technician_id,
      customer_id: input.customer_id ?? null,
      contact_first_name: input.contact.first_name,
      contact_last_name: input.contact.last_name,
      contact_phone: input.contact.phone,
      contact_email: input.contact.email,
      address_1: input.address.address_1,
      commune: input.address.commune,
      wilaya_code: input.address.wilaya_code,
      zone_id: input.zone_id,
      fault_type_id: input.fault_type_id,
      boiler_brand: input.boiler_brand ?? null,
      boiler_model: input.boiler_model ?? null,
      description: input.description,
      starts_at: plan.starts_at,
      ends_at: plan.ends_at,
      blocked_from: plan.blocked_from,
      blocked_until: plan.blocked_until,
      status: "confirmed",
      source: input.source ?? "web",
      locale: input.locale ?? "fr",
      sequence: 0,
      // JSON columns are typed as objects; this one holds a list of events.
      history: [{ at: new Date().toISOString(), action: "booked", by: input.by ?? input.customer_id ?? "guest" }] as unknown as Record<string, unknown>,
    })
    return new StepResponse(appointment, appointment.id)
  },
  async (appointmentId, { container }) => {
    if (!appointmentId) return
    await container.resolve<BookingModuleService>(BOOKING_MODULE).deleteAppointments(appointmentId)
  }
)

/**
 * `validate` lets the shop check the address against its territory data (a real commune of that
 * wilaya, and of the zone when the zone names communes) before anything is written.
 */
export const createAppointmentWorkflow = createWorkflow("create-appointment", (input: WorkflowData<CreateAppointmentInput>) => {
  const zone = checkVisitZoneStep(input)
  const validate = createHook("validate", { input, zone })
  const plan = planAppointmentStep(input)
  const appointment = insertAppointmentStep({ input, plan })
  emitEventStep({ eventName: APPOINTMENT_EVENTS.booked, data: { id: appointment.id } }).config({ name: "emit-booked" })
  emitEventStep({ eventName: TECHNICIAN_EVENTS.assigned, data: { id: appointment.id, technician_id: appointment.technician_id } }).config({ name: "emit-assigned" })
  return new WorkflowResponse(appointment, { hooks: [validate] })
})
