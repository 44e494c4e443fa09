/**
 * What a merchant configures to reach SATIM (see the README): the same code talks to the local
 * simulator, SATIM's test host and production; only these values change.
 */
export type SatimLanguage = "AR" | "FR" | "EN"
export type SatimConfirmEndpoint = "acknowledgeTransaction" | "confirmOrder"

export type SatimOptions = {
  /** e.g. https://test2.satim.dz/payment/rest (certification), https://cib.satim.dz/payment/rest (production). */
  baseUrl: string
  userName: string
  password: string
  /** `force_terminal_id` in jsonParams. */
  terminalId: string
  /** Which confirmation call SATIM gave this merchant: public/acknowledgeTransaction.do or confirmOrder.do. */
  confirmEndpoint: SatimConfirmEndpoint
  /** The language used when the customer's page language is not known. */
  language: SatimLanguage
  /** Per call; a payment whose answer timed out is settled later by the reconciliation job. */
  timeoutMs: number
}

export class SatimOptionsError extends Error {}

const LANGUAGES: SatimLanguage[] = ["AR", "FR", "EN"]
const CONFIRM_ENDPOINTS: SatimConfirmEndpoint[] = ["acknowledgeTransaction", "confirmOrder"]

function isLocalHost(url: URL) {
  return url.hostname === "localhost" || url.hostname === "127.0.0.1" || url.hostname === "::1"
}

/** Checks and completes the provider options; every message names the setting to fix. */
export function readSatimOptions(raw: Record<string, unknown>): SatimOptions {
  const required = (key: string, env: string) => {
    const value = raw[key]
    if (typeof value !== "string" || !value.trim()) throw new SatimOptionsError(`SATIM: ${env} is not set.`)
    return value.trim()
  }
  const baseUrl = required("baseUrl", "SATIM_BASE_URL").replace(/\/+$/, "")
  let url: URL
  try {
    url = new URL(baseUrl)
  } catch {
    throw new SatimOptionsError(`SATIM: SATIM_BASE_URL is not a URL: ${baseUrl}`)
  }
  // Credentials travel in every call: only the local simulator may be reached without TLS.
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLocalHost(url))) {
    throw new SatimOptionsError("SATIM: SATIM_BASE_URL must be https:// (plain http only for the local simulator).")
  }
  const confirmEndpoint = (raw.confirmEndpoint ?? "acknowledgeTransaction") as SatimConfirmEndpoint
  if (!CONFIRM_ENDPOINTS.includes(confirmEndpoint)) {
    throw new SatimOptionsError(`SATIM: SATIM_CONFIRM_ENDPOINT must be one of ${CONFIRM_ENDPOINTS.join(", ")}.`)
  }
  const language = String(raw.language ?? "FR").toUpperCase() as SatimLanguage
  if (!LANGUAGES.includes(language)) throw new SatimOptionsError(`SATIM: SATIM_LANGUAGE must be one of ${LANGUAGES.join(", ")}.`)
  const timeoutMs = Number(raw.timeoutMs ?? 15_000)
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1000) throw new SatimOptionsError("SATIM: SATIM_TIMEOUT_MS must be a whole number of milliseconds ≥ 1000.")
  return {
    baseUrl,
    userName: required("userName", "SATIM_USERNAME"),
    password: required("password", "SATIM_PASSWORD"),
    terminalId: required("terminalId", "SATIM_TERMINAL_ID"),
    confirmEndpoint,
    language,
    timeoutMs,
  }
}

/** The customer's page language as SATIM spells it. */
export const satimLanguage = (locale: unknown, fallback: SatimLanguage): SatimLanguage => {
  const value = typeof locale === "string" ? locale.slice(0, 2).toUpperCase() : ""
  return (LANGUAGES as string[]).includes(value) ? (value as SatimLanguage) : fallback
}
