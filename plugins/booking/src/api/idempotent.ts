import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import { IDEMPOTENCY_HEADER, readIdempotencyKey, replayDecision, requestFingerprint } from "../lib/idempotency/idempotency"
import { BOOKING_MODULE } from "../modules/booking"
import type BookingModuleService from "../modules/booking/service"

type Request = MedusaRequest & { auth_context?: { actor_id?: string } }

/**
 * `Idempotency-Key` for a mutation route, placed after authentication and validation: a retry of
 * the same request (same body, same caller) gets the first answer again without running the route,
 * the key used for another request is refused (409 idempotency_key_reused), and a retry while the
 * first is still running waits its turn (409 idempotency_request_in_progress). Answers below 500 are
 * kept for the key; a 5xx frees it so a retry can succeed. Without the header the route runs as is.
 */
export function idempotent() {
  return async (req: Request, res: MedusaResponse, next: MedusaNextFunction) => {
    const reading = readIdempotencyKey(req.headers[IDEMPOTENCY_HEADER])
    if ("problem" in reading) {
      res.status(400).json(refusalBody("invalid_data", "idempotency_key_invalid", reading.problem))
      return
    }
    if (!reading.key) return next()
    const booking = req.scope.resolve<BookingModuleService>(BOOKING_MODULE)
    const fingerprint = requestFingerprint(req.validatedBody, req.auth_context?.actor_id || null)
    const claim = await booking.claimBookingRequest(reading.key, fingerprint)
    if ("stored" in claim) {
      const decision = replayDecision(claim.stored, fingerprint)
      res.setHeader("Idempotent-Replayed", decision.action === "replay" ? "true" : "false")
      res.status(decision.status).json(decision.body)
      return
    }
    const send = res.json.bind(res)
    // The answer is written for the key before it leaves, so a retry that follows it finds it.
    res.json = ((body: Record<string, unknown>) => {
      const status = res.statusCode
      const keep =
        status < 500
          ? booking.updateBookingRequests({ id: claim.claimed, response_status: status, response_body: body })
          : booking.deleteBookingRequests(claim.claimed)
      keep.then(
        () => send(body),
        (error: Error) => {
          req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Idempotency-Key answer not kept: ${error.message}`)
          send(body)
        }
      )
      return res
    }) as typeof res.json
    next()
  }
}
