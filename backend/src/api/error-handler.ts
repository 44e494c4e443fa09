import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa's error handler, with two corrections so that bad input is never a 500 and a refusal keeps
 * its meaning:
 * - PostgreSQL's "data exception" class (22xxx: a NUL byte, a number out of range, a negative
 *   LIMIT…), knex's refusal of a negative offset and a stack overflow on absurd input are the
 *   client's mistake: 400 `invalid_input`;
 * - a conflict (409) that names its own `code` (e.g. slot_unavailable) keeps its code and message
 *   instead of Medusa's generic "retry with the Idempotency-Key";
 * - a lock still held by another request (the same cart being paid or ordered in another tab) is a
 *   409 `request_in_progress` with Retry-After, not a 500 (the in-memory locking throws a plain Error).
 */
const coreErrorHandler = errorHandler()

type ErrorLike = { type?: string; code?: string; message?: string; name?: string; cause?: unknown }

const GENERIC_CONFLICT_CODES = new Set([undefined, "", "invalid_state_error"])

function isInvalidInput(error: ErrorLike): boolean {
  const code = typeof error.code === "string" ? error.code : ""
  if (/^22[0-9A-Z]{3}$/.test(code)) return true
  if (error.name === "RangeError" && /call stack/i.test(error.message ?? "")) return true
  return /non-negative integer must be provided to (offset|limit)/i.test(error.message ?? "")
}

export function shopErrorHandler() {
  return function handleShopError(err: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    const error = (err ?? {}) as ErrorLike
    const cause = (error.cause ?? {}) as ErrorLike
    if (isInvalidInput(error) || isInvalidInput(cause)) {
      res.status(400).json({ type: "invalid_data", code: "invalid_input", message: "The request holds a value this shop cannot accept: check the data sent." })
      return
    }
    if (/^Failed to acquire lock|^Timed-out acquiring lock/.test(error.message ?? "")) {
      res.setHeader("Retry-After", "5")
      res.status(409).json({ type: "conflict", code: "request_in_progress", message: "This cart is being handled by another request: try again in a few seconds." })
      return
    }
    if (error.type === MedusaError.Types.CONFLICT && !GENERIC_CONFLICT_CODES.has(error.code)) {
      res.status(409).json({ type: "conflict", code: error.code, message: error.message })
      return
    }
    return coreErrorHandler(err as Parameters<typeof coreErrorHandler>[0], req, res, next)
  }
}
