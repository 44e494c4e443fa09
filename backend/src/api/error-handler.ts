import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isRefusalCode, refusalBody, type RefusalCode } from "@mj-chauffage/shop-kernel/refusals"
import { stockRefusalOfCartChange } from "./store/carts/stock-guard"
import { requestIdOf } from "../http/request-ids"
import { isServiceOutage } from "../lib/http/outage"

/**
 * Medusa's error handler, made to speak the shop's one error language (kernel refusals.ts): every
 * 4xx answer carries one of the declared codes, so that no client ever reads a message to know what
 * happened.
 * - the database or Redis away for a moment (stopped, restarting, unreachable, no connection free in
 *   time: lib/http/outage.ts) is a 503 with Retry-After and the request id, not a 500: nothing was
 *   done, and the customer may try again (the storefront says the shop does not answer);
 * - PostgreSQL's "data exception" class (22xxx: a number out of range, a value the column cannot
 *   hold…) is the client's mistake: 400 `invalid_input`, never a 500 (input-guard.ts already refuses
 *   NUL characters, absurd nesting and bad offsets before any route);
 * - a lock still held by another request (the same cart paid or ordered in another tab) is a 409
 *   `request_in_progress` with Retry-After (the in-memory locking throws a plain Error);
 * - a conflict (409) that names its own code keeps it and its message, where Medusa would replace
 *   both with "retry with the Idempotency-Key";
 * - Medusa's inventory refusal of a cart change names the part and what is left (store/carts/stock-guard.ts);
 * - a refusal of Medusa's own, without a code of ours, gets one: its inventory refusal is
 *   `out_of_stock`, a completed cart `cart_already_ordered` (recognised here, once, by Medusa's
 *   wording), validators `invalid_request`, a missing resource `not_found`, a body over the parser's
 *   100 kB `body_too_large`, anything else `refused`.
 */
const coreErrorHandler = errorHandler()

/** What a 503 tells the client to wait: about the time PostgreSQL or Redis takes to restart. */
const OUTAGE_RETRY_AFTER_SECONDS = 10

type ErrorLike = { type?: string; code?: string; message?: string; cause?: unknown }

const isInvalidInput = (error: ErrorLike) => typeof error.code === "string" && /^22[0-9A-Z]{3}$/.test(error.code)

/** The code of a refusal Medusa itself produced (only its wording tells them apart). */
function codeOfMedusaRefusal(status: number, body: { type?: string; message?: string }): RefusalCode {
  const message = body.message ?? ""
  if (/required inventory|insufficient inventory|not enough stock/i.test(message)) return "out_of_stock"
  if (/is already completed/i.test(message)) return "cart_already_ordered"
  if (status === 404) return "not_found"
  if (status === 413) return "body_too_large"
  if (body.type === MedusaError.Types.INVALID_DATA || /^Invalid request/i.test(message)) return "invalid_request"
  return "refused"
}

const isInsufficientInventory = (error: ErrorLike) => error.code === MedusaError.Codes.INSUFFICIENT_INVENTORY

export function shopErrorHandler() {
  return async function handleShopError(err: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    const error = (err ?? {}) as ErrorLike
    const cause = (error.cause ?? {}) as ErrorLike
    if (isInsufficientInventory(error)) {
      const refusal = await stockRefusalOfCartChange(req).catch(() => null)
      if (refusal) {
        res.status(400).json({ type: MedusaError.Types.NOT_ALLOWED, ...refusal })
        return
      }
    }
    if (isServiceOutage(err)) {
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Service unavailable (${error.code ?? error.message}): ${req.method} ${req.path}`)
      res.setHeader("Retry-After", String(OUTAGE_RETRY_AFTER_SECONDS))
      res.status(503).json({ type: "unavailable", message: "The shop cannot reach its data for a moment: try again in a few seconds.", request_id: requestIdOf(req) })
      return
    }
    if (isInvalidInput(error) || isInvalidInput(cause)) {
      res.status(400).json(refusalBody("invalid_data", "invalid_input", "The request holds a value this shop cannot accept: check the data sent."))
      return
    }
    if (/^Failed to acquire lock|^Timed-out acquiring lock/.test(error.message ?? "")) {
      res.setHeader("Retry-After", "5")
      res.status(409).json(refusalBody("conflict", "request_in_progress", "This cart is being handled by another request: try again in a few seconds."))
      return
    }
    if (error.type === MedusaError.Types.CONFLICT && isRefusalCode(error.code)) {
      res.status(409).json(refusalBody("conflict", error.code, error.message ?? ""))
      return
    }
    // Medusa's handler writes the answer; a 4xx without a code of ours gets one on its way out, and a
    // failure of ours carries the request's id (http/request-ids.ts), which the office can look up in the logs.
    const json = res.json.bind(res)
    res.json = (body: unknown) => {
      const answer = body as { type?: string; code?: string; message?: string } | null
      if (res.statusCode >= 400 && res.statusCode < 500 && answer && typeof answer === "object" && !isRefusalCode(answer.code)) {
        return json({ ...answer, code: codeOfMedusaRefusal(res.statusCode, answer) })
      }
      if (res.statusCode >= 500 && answer && typeof answer === "object") return json({ ...answer, request_id: requestIdOf(req) })
      return json(body)
    }
    return coreErrorHandler(err as Parameters<typeof coreErrorHandler>[0], req, res, next)
  }
}
