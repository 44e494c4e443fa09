import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { isSlotTaken } from "../../../../../../lib/pg-errors"
import { rescheduleAppointmentWorkflow } from "../../../../../../workflows/change-appointment"
import { BOOKING_MODULE } from "../../../../../../modules/booking"
import type BookingModuleService from "../../../../../../modules/booking/service"
import { readStoreVisit } from "../../../../../../lib/store-visit/read-store-visit"
import { SLOT_UNAVAILABLE, actorOf, ownedAppointment } from "../../owned"
import type { StoreRescheduleAppointmentType } from "../../../validators"

/** POST /store/booking/appointments/:id/reschedule { starts_at }: 200, or 409 slot_unavailable. */
export async function POST(req: AuthenticatedMedusaRequest<StoreRescheduleAppointmentType>, res: MedusaResponse) {
  const appointment = await ownedAppointment(req)
  try {
    const { result } = await rescheduleAppointmentWorkflow(req.scope).run({
      input: { appointment_id: appointment.id, starts_at: req.validatedBody.starts_at, by: actorOf(req) },
    })
    res.json({ appointment: await readStoreVisit(req.scope.resolve<BookingModuleService>(BOOKING_MODULE), result.id) })
  } catch (error) {
    if (!isSlotTaken(error)) throw error
    res.status(409).json(SLOT_UNAVAILABLE)
  }
}
