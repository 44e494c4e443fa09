import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { isSlotTaken } from "../../../../../../lib/pg-errors"
import { restoreAppointmentWorkflow } from "../../../../../../workflows/change-appointment"

const SLOT_GIVEN_AWAY = refusalBody("conflict", "slot_unavailable", "Ce créneau a été donné à une autre visite depuis l'annulation : proposez un autre créneau au client.")

/** POST /admin/booking/appointments/:id/restore: take back a cancellation; 409 when the time is no longer free. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  try {
    const { result } = await restoreAppointmentWorkflow(req.scope).run({
      input: { appointment_id: req.params.id, by: req.auth_context.actor_id },
    })
    res.json({ appointment: result })
  } catch (error) {
    if (!isSlotTaken(error)) throw error
    res.status(409).json(SLOT_GIVEN_AWAY)
  }
}
