import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import { securityEvent } from "@mj-chauffage/shop-kernel/server/security-log"
import { CHARGILY_SIGNATURE_HEADER } from "../../../lib/chargily/signature"
import { readChargilyEvent } from "../../../lib/chargily/webhook-event"
import { CHARGILY_MODULE } from "../../../modules/chargily"
import type ChargilyModuleService from "../../../modules/chargily/service"
import { receiveChargilyWebhookWorkflow } from "../../../workflows/chargily/receive-chargily-webhook"

/**
 * Chargily's webhook (the `webhook_endpoint` of each checkout). Nothing in the body is trusted before
 * its `signature` header is checked against the raw bytes (kept by the middleware); even then the body
 * only names the checkout, which is re-read from Chargily before anything is done. An event already
 * acted on is acknowledged and ignored.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const chargily = req.scope.resolve<ChargilyModuleService>(CHARGILY_MODULE)
  const rawBody = (req as MedusaRequest & { rawBody?: Buffer }).rawBody
  if (!chargily.isSignedByChargily(rawBody, req.headers[CHARGILY_SIGNATURE_HEADER])) {
    securityEvent({ event: "chargily_webhook_refused", outcome: "failure", reason: "signature" })
    res.status(401).json(refusalBody("unauthorized", "chargily_signature_invalid", "The webhook's signature is missing or wrong."))
    return
  }
  const event = readChargilyEvent(rawBody!)
  if (!event) {
    res.status(400).json(refusalBody("invalid_data", "chargily_event_invalid", "The webhook is signed but is not a Chargily event about a checkout."))
    return
  }
  const { result } = await receiveChargilyWebhookWorkflow(req.scope).run({ input: event })
  res.json({ received: true, duplicate: result.duplicate, status: result.status })
}
