import { CHARGILY_LIVE_URL, CHARGILY_TEST_URL } from "@chargily/chargily-pay"

/**
 * What a merchant configures to reach Chargily Pay v2 (see the README): the secret key of the mode
 * used, the mode, and for development and tests only the local simulator's address.
 */
export type ChargilyMode = "test" | "live"

export type ChargilyOptions = {
  secretKey: string
  mode: ChargilyMode
  /** Chargily's API for the mode, or the simulator's (CHARGILY_BASE_URL). */
  baseUrl: string
  /** How long one call may take (CHARGILY_TIMEOUT_MS): a checkout not created by then is refused, an unanswered question is "unknown". */
  timeoutMs: number
}

export const CHARGILY_DEFAULT_TIMEOUT_MS = 10_000

export class ChargilyOptionsError extends Error {}

const isLocalHost = (url: URL) => url.hostname === "localhost" || url.hostname === "127.0.0.1" || url.hostname === "::1" || url.hostname === "[::1]"

/** Checks and completes the provider options; every message names the setting to fix. */
export function readChargilyOptions(raw: Record<string, unknown>): ChargilyOptions {
  const secretKey = typeof raw.secretKey === "string" ? raw.secretKey.trim() : ""
  if (!secretKey) throw new ChargilyOptionsError("Chargily: CHARGILY_SECRET_KEY is not set.")
  const mode = String(raw.mode ?? "test") as ChargilyMode
  if (mode !== "test" && mode !== "live") throw new ChargilyOptionsError("Chargily: CHARGILY_MODE must be test or live.")
  const given = typeof raw.baseUrl === "string" && raw.baseUrl.trim() ? raw.baseUrl.trim().replace(/\/+$/, "") : undefined
  const baseUrl = given ?? (mode === "live" ? CHARGILY_LIVE_URL : CHARGILY_TEST_URL)
  let url: URL
  try {
    url = new URL(baseUrl)
  } catch {
    throw new ChargilyOptionsError(`Chargily: CHARGILY_BASE_URL is not a URL: ${baseUrl}`)
  }
  // The secret key travels in every call: only the local simulator may be reached without TLS.
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLocalHost(url))) {
    throw new ChargilyOptionsError("Chargily: CHARGILY_BASE_URL must be https:// (plain http only for the local simulator).")
  }
  const timeoutMs = Number(raw.timeoutMs ?? CHARGILY_DEFAULT_TIMEOUT_MS)
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1000) throw new ChargilyOptionsError("Chargily: CHARGILY_TIMEOUT_MS must be a whole number of milliseconds ≥ 1000.")
  return { secretKey, mode, baseUrl, timeoutMs }
}
