import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelAppointmentWorkflow } from "../../../../../../workflows/change-appointment"
import { BOOKING_MODULE } from "../../../../../../modules/booking"
import type BookingModuleService from "../../../../../../modules/booking/service"
import { readStoreVisit } from "../../../../../../lib/store-visit/read-store-visit"
import { actorOf, ownedAppointment } from "../../owned"
import type { StoreCancelAppointmentType } from "../../../validators"

/** POST /store/booking/appointments/:id/cancel { reason }: the customer cancels (not within 2 hours of the visit). */
export async function POST(req: AuthenticatedMedusaRequest<StoreCancelAppointmentType>, res: MedusaResponse) {
  const appointment = await ownedAppointment(req)
  const { result } = await cancelAppointmentWorkflow(req.scope).run({
    input: { appointment_id: appointment.id, reason: req.validatedBody.reason, by: actorOf(req) },
  })
  res.json({ appointment: await readStoreVisit(req.scope.resolve<BookingModuleService>(BOOKING_MODULE), result.id) })
}
