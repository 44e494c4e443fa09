import { MedusaError } from "@medusajs/framework/utils"
import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { BOOKING_MODULE } from "../../../../modules/booking"
import type BookingModuleService from "../../../../modules/booking/service"
import { SLOT_TAKEN_MESSAGE } from "../../../../workflows/create-appointment"

export const SLOT_UNAVAILABLE = { type: "conflict", code: "slot_unavailable", message: SLOT_TAKEN_MESSAGE }

/**
 * The appointment of the URL when the caller owns it (the logged-in customer who booked it);
 * anyone else gets the same 404 as for an appointment that does not exist.
 */
export async function ownedAppointment(req: AuthenticatedMedusaRequest) {
  const booking = req.scope.resolve<BookingModuleService>(BOOKING_MODULE)
  const customerId = req.auth_context?.actor_id
  const [appointment] = customerId ? await booking.listAppointments({ id: req.params.id, customer_id: customerId }) : []
  if (!appointment) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Rendez-vous introuvable")
  return appointment
}
