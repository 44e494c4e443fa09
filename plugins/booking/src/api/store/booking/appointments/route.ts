import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SLOT_TAKEN_MESSAGE, createAppointmentWorkflow } from "../../../../workflows/create-appointment"
import { EXCLUSION_VIOLATION, sqlState } from "../../../../lib/pg-errors"
import type { StoreCreateAppointmentType } from "../validators"

/** POST /store/booking/appointments: book a visit; 409 slot_unavailable when the slot was just taken. */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateAppointmentType>, res: MedusaResponse) {
  try {
    const { result } = await createAppointmentWorkflow(req.scope).run({
      input: { ...req.validatedBody, customer_id: req.auth_context?.actor_id || null },
    })
    res.status(201).json({ appointment: result })
  } catch (error) {
    // Taken meanwhile: seen by the planning step (conflict) or, in a race, by the EXCLUDE constraint (23P01).
    const taken = sqlState(error) === EXCLUSION_VIOLATION || (error as { type?: string }).type === "conflict"
    if (!taken) throw error
    res.status(409).json({ type: "conflict", code: "slot_unavailable", message: SLOT_TAKEN_MESSAGE })
  }
}
