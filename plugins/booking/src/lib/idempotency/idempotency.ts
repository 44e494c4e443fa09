/**
 * `Idempotency-Key` for booking: a client that retries (a lost answer on a weak mobile network) gets
 * the answer of its first attempt instead of a second booking. Pure parts: reading the key and
 * fingerprinting the request so that the same key with another request is recognised.
 */
import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import crypto from "node:crypto"

export const IDEMPOTENCY_HEADER = "idempotency-key"
/** Keys are kept this long; an older key is forgotten and may be used again. */
export const IDEMPOTENCY_TTL_MS = 24 * 3600_000
/**
 * A request still without an answer after this long was abandoned (its process died between the
 * claim and the answer): its key is taken over by the next retry. A booking answers in a second.
 */
export const IDEMPOTENCY_ABANDONED_MS = 2 * 60_000

export type KeyReading = { key: string | null } | { problem: string }

export function readIdempotencyKey(header: unknown): KeyReading {
  if (header === undefined) return { key: null }
  if (typeof header !== "string" || !/^[\x21-\x7e]{8,255}$/.test(header)) {
    return { problem: "Idempotency-Key : 8 à 255 caractères ASCII visibles, par exemple un UUID." }
  }
  return { key: header }
}

/** Same body (whatever the order of its keys) and same caller ⇒ same fingerprint. */
export function requestFingerprint(body: unknown, caller: string | null): string {
  return crypto.createHash("sha256").update(JSON.stringify([canonical(body), caller])).digest("hex")
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])])
    )
  }
  return value
}

export type StoredRequest = { request_hash: string; response_status: number | null; response_body: unknown; created_at: Date | string }

export type Replay =
  | { action: "replay"; status: number; body: unknown }
  | { action: "refuse"; status: 409; body: ReturnType<typeof refusalBody> }

/** Whether a stored key still stands, or may be claimed again (expired, or abandoned in progress). */
export function keyStanding(stored: Pick<StoredRequest, "response_status" | "created_at">, now: Date): "stands" | "expired" | "abandoned" {
  const age = now.getTime() - new Date(stored.created_at).getTime()
  if (age >= IDEMPOTENCY_TTL_MS) return "expired"
  if (stored.response_status === null && age >= IDEMPOTENCY_ABANDONED_MS) return "abandoned"
  return "stands"
}

/** What to do with a request whose key was seen before. */
export function replayDecision(stored: StoredRequest, fingerprint: string): Replay {
  if (stored.request_hash !== fingerprint) {
    return {
      action: "refuse",
      status: 409,
      body: refusalBody("conflict", "idempotency_key_reused", "Cet Idempotency-Key a déjà servi pour une autre demande : utilisez une nouvelle clé pour une nouvelle réservation."),
    }
  }
  if (stored.response_status === null) {
    return {
      action: "refuse",
      status: 409,
      body: refusalBody("conflict", "idempotency_request_in_progress", "La même demande est en cours : attendez sa réponse avant de réessayer."),
    }
  }
  return { action: "replay", status: stored.response_status, body: stored.response_body }
}
