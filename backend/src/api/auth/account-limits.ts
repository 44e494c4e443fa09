import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { clientAddress } from "@mj-chauffage/shop-kernel/server/client-address"
import { answerTooMany, consumeLimit, sharedLimiter, type LimitSettings } from "@mj-chauffage/shop-kernel/server/rate-limit"
import { REGISTRATIONS_PER_CLIENT, RESETS_PER_CLIENT } from "./limits"

function limitPerClient(settings: LimitSettings, message: string) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const verdict = await consumeLimit(sharedLimiter(settings), clientAddress(req))
    if (verdict.allowed) return next()
    answerTooMany(res, verdict.retryAfterSeconds, refusal("too_many_attempts"), message)
  }
}

/** Registrations (customer accounts, staff invitations accepted) per client. */
export const limitRegistrations = limitPerClient(REGISTRATIONS_PER_CLIENT, "Too many accounts were created from your connection: wait before trying again.")
/** Password-reset e-mails asked for per client. */
export const limitPasswordResets = limitPerClient(RESETS_PER_CLIENT, "Too many password resets were asked for from your connection: wait before trying again.")
