import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createAppointmentWorkflow } from "../../../../workflows/create-appointment"
import { isSlotTaken } from "../../../../lib/pg-errors"
import { appointmentToken } from "../../../../lib/appointment-link"
import { BOOKING_MODULE } from "../../../../modules/booking"
import type BookingModuleService from "../../../../modules/booking/service"
import { SLOT_UNAVAILABLE } from "./owned"
import { readStoreVisit } from "../../../../lib/store-visit/read-store-visit"
import { storeVisitView, type StoreVisitSource } from "../../../../lib/store-visit/store-visit-view"
import type { StoreCreateAppointmentType } from "../validators"

/**
 * POST /store/booking/appointments: book a visit; 409 slot_unavailable when the slot was just taken.
 * An `Idempotency-Key` makes retries safe (the idempotent() middleware, api/idempotent.ts).
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateAppointmentType>, res: MedusaResponse) {
  try {
    const { result } = await createAppointmentWorkflow(req.scope).run({
      input: { ...req.validatedBody, customer_id: req.auth_context?.actor_id || null },
    })
    // The guest's key to manage the visit (the same link the confirmation e-mail carries).
    res.status(201).json({
      appointment: await readStoreVisit(req.scope.resolve<BookingModuleService>(BOOKING_MODULE), result.id),
      manage_token: appointmentToken(result),
    })
  } catch (error) {
    if (!isSlotTaken(error)) throw error
    res.status(409).json(SLOT_UNAVAILABLE)
  }
}

/** GET /store/booking/appointments: the logged-in customer's visits, latest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const appointments = await req.scope
    .resolve<BookingModuleService>(BOOKING_MODULE)
    .listAppointments({ customer_id: req.auth_context.actor_id }, { order: { starts_at: "DESC" }, relations: ["technician"] })
  res.json({ appointments: appointments.map((visit) => storeVisitView(visit as unknown as StoreVisitSource)) })
}
