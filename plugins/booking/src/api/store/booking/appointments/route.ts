import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createAppointmentWorkflow } from "../../../../workflows/create-appointment"
import { isSlotTaken } from "../../../../lib/pg-errors"
import { appointmentToken } from "../../../../lib/appointment-link"
import { IDEMPOTENCY_HEADER, readIdempotencyKey, replayDecision, requestFingerprint } from "../../../../lib/idempotency/idempotency"
import { BOOKING_MODULE } from "../../../../modules/booking"
import type BookingModuleService from "../../../../modules/booking/service"
import { SLOT_UNAVAILABLE } from "./owned"
import type { StoreCreateAppointmentType } from "../validators"

type Answer = { status: number; body: Record<string, unknown> }

async function book(req: AuthenticatedMedusaRequest<StoreCreateAppointmentType>): Promise<Answer> {
  try {
    const { result } = await createAppointmentWorkflow(req.scope).run({
      input: { ...req.validatedBody, customer_id: req.auth_context?.actor_id || null },
    })
    // The guest's key to manage the visit (the same link the confirmation e-mail carries).
    return { status: 201, body: { appointment: result, manage_token: appointmentToken(result) } }
  } catch (error) {
    if (!isSlotTaken(error)) throw error
    return { status: 409, body: SLOT_UNAVAILABLE }
  }
}

/**
 * POST /store/booking/appointments: book a visit; 409 slot_unavailable when the slot was just taken.
 * With an `Idempotency-Key`, a retry of the same request gets the first answer again (no second
 * visit), and the key used for another request is refused with 409.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateAppointmentType>, res: MedusaResponse) {
  const reading = readIdempotencyKey(req.headers[IDEMPOTENCY_HEADER])
  if ("problem" in reading) {
    res.status(400).json(refusalBody("invalid_data", "idempotency_key_invalid", reading.problem))
    return
  }
  if (!reading.key) {
    const answer = await book(req)
    res.status(answer.status).json(answer.body)
    return
  }
  const booking = req.scope.resolve<BookingModuleService>(BOOKING_MODULE)
  const fingerprint = requestFingerprint(req.validatedBody, req.auth_context?.actor_id || null)
  const claim = await booking.claimBookingRequest(reading.key, fingerprint)
  if ("stored" in claim) {
    const decision = replayDecision(claim.stored, fingerprint)
    res.setHeader("Idempotent-Replayed", decision.action === "replay" ? "true" : "false")
    res.status(decision.status).json(decision.body)
    return
  }
  let answer: Answer
  try {
    answer = await book(req)
  } catch (error) {
    // An unexpected failure (a 5xx): the key is released so that a retry can succeed.
    await booking.deleteBookingRequests(claim.claimed)
    throw error
  }
  await booking.updateBookingRequests({ id: claim.claimed, response_status: answer.status, response_body: answer.body })
  res.status(answer.status).json(answer.body)
}

/** GET /store/booking/appointments: the logged-in customer's visits, latest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const appointments = await req.scope
    .resolve<BookingModuleService>(BOOKING_MODULE)
    .listAppointments({ customer_id: req.auth_context.actor_id }, { order: { starts_at: "DESC" } })
  res.json({ appointments })
}
