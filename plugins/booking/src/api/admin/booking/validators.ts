import { z } from "@medusajs/framework/zod"
import { StoreCreateAppointment } from "../../store/booking/validators"

const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date attendue au format AAAA-MM-JJ (heure d'Alger)")
const Instant = z.string().datetime({ offset: true, message: "date ISO 8601 attendue (ex. 2026-12-07T08:00:00Z)" })

/** The planning board: one day or a week from `from`, optionally one zone or one technician. */
export const AdminPlanningQuery = z.object({
  from: LocalDate,
  days: z.coerce.number().int().min(1).max(7).default(1),
  zone_id: z.string().min(1).optional(),
  technician_id: z.string().min(1).optional(),
})
export type AdminPlanningQueryType = z.infer<typeof AdminPlanningQuery>

export const AdminAppointmentsQuery = z.object({
  customer_id: z.string().min(1).optional(),
  status: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
})
export type AdminAppointmentsQueryType = z.infer<typeof AdminAppointmentsQuery>

/** A visit taken by phone: the customer's booking, plus the technician if the office chooses one. */
export const AdminCreateAppointment = StoreCreateAppointment.extend({
  // Many callers give no e-mail: the visit is then confirmed by phone and SMS only.
  contact: StoreCreateAppointment.shape.contact.extend({ email: z.union([z.string().trim().email("Adresse e-mail invalide"), z.literal("")]).default("") }),
  technician_id: z.string().min(1).optional(),
  customer_id: z.string().min(1).optional(),
})
export type AdminCreateAppointmentType = z.infer<typeof AdminCreateAppointment>

export const AdminAssignAppointment = z.object({ technician_id: z.string().min(1), starts_at: Instant.optional() })
export type AdminAssignAppointmentType = z.infer<typeof AdminAssignAppointment>

/** Statuses set directly; done needs a report, cancelled a reason (their own routes). */
export const VisitStatusChange = z.object({ status: z.enum(["confirmed", "en_route", "in_progress", "no_show"]) })
export type VisitStatusChangeType = z.infer<typeof VisitStatusChange>

export const AdminCancelAppointment = z.object({ reason: z.string().trim().min(3, "Indiquez la raison de l'annulation").max(500) })
export type AdminCancelAppointmentType = z.infer<typeof AdminCancelAppointment>

export const VisitDone = z.object({
  summary: z.string().trim().min(3, "Un mot sur ce qui a été fait").max(2000),
  parts: z.array(z.object({ variant_id: z.string().min(1), quantity: z.number().int().min(1).max(100) })).max(30).default([]),
  /** DZD, whole dinars, cash. */
  amount_collected: z.number().int().min(0).max(10_000_000),
})
export type VisitDoneType = z.infer<typeof VisitDone>

export const AdminSlotsQuery = z.object({
  zone_id: z.string().min(1),
  fault_type_id: z.string().min(1),
  from: LocalDate,
  to: LocalDate,
  technician_id: z.string().min(1).optional(),
})
export type AdminSlotsQueryType = z.infer<typeof AdminSlotsQuery>

export const MyVisitsQuery = z.object({ days: z.coerce.number().int().min(1).max(31).default(14) })
export type MyVisitsQueryType = z.infer<typeof MyVisitsQuery>

export const VisitReportsQuery = z.object({ reconciled: z.enum(["true", "false"]).optional(), from: LocalDate.optional(), to: LocalDate.optional() })
export type VisitReportsQueryType = z.infer<typeof VisitReportsQuery>
