import { refusal, refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import { MedusaError } from "@medusajs/framework/utils"
import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { BOOKING_MODULE } from "../../../../modules/booking"
import type BookingModuleService from "../../../../modules/booking/service"
import { SLOT_TAKEN_MESSAGE } from "../../../../workflows/create-appointment"
import { tokenOpens } from "../../../../lib/appointment-link"

/** Who made a change: the customer, or the holder of the e-mail link. */
export const actorOf = (req: AuthenticatedMedusaRequest) => req.auth_context?.actor_id || "guest-link"

export const SLOT_UNAVAILABLE = refusalBody("conflict", "slot_unavailable", SLOT_TAKEN_MESSAGE)

/**
 * The appointment of the URL when the caller may manage it: the logged-in customer who booked it,
 * or whoever holds the signed token from its e-mail (`?token=` or the `x-appointment-token` header).
 * Anyone else gets the same 404 as for an appointment that does not exist.
 */
export async function ownedAppointment(req: AuthenticatedMedusaRequest) {
  const booking = req.scope.resolve<BookingModuleService>(BOOKING_MODULE)
  const customerId = req.auth_context?.actor_id
  const token = req.query.token ?? req.headers["x-appointment-token"]
  const filters = tokenOpens(token, req.params.id)
    ? { id: req.params.id }
    : customerId
      ? { id: req.params.id, customer_id: customerId }
      : undefined
  const [appointment] = filters ? await booking.listAppointments(filters) : []
  if (!appointment) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Rendez-vous introuvable", refusal("appointment_not_found"))
  return appointment
}
