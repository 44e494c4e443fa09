/**
 * The security log: one JSON line per event that matters to an audit (logins, lockouts,
 * registrations, password resets, staff changes, payment decisions), with who, what, when, the
 * client's address and the request id. Written to standard output apart from the application log,
 * so an operator can route it (journald, a log shipper) and keep it longer. Never a password, a
 * token, a secret or a card number: values under such names are replaced before writing.
 */
export type SecurityEvent = {
  event: string
  /** The account concerned: a customer's or staff member's e-mail or id. */
  actor?: string | null
  client?: string | null
  request_id?: string | null
  outcome?: "success" | "failure" | "refused"
  [detail: string]: unknown
}

type Sink = (line: string) => void

/** How an answer ended, by its status: refused (403, 429), failed (any other 4xx/5xx) or succeeded. */
export const outcomeOfStatus = (status: number): NonNullable<SecurityEvent["outcome"]> =>
  status < 400 ? "success" : status === 429 || status === 403 ? "refused" : "failure"

const SECRET_NAMES = /pass(word)?|token|secret|authorization|cookie|captcha/i
const CARD_FIELDS = /^(pan|cvv2?|card_number)$/i
const CARD_NUMBER = /\b\d{13,19}\b/g

/** A copy with secret-looking fields replaced and card-like digit runs masked. */
export function redacted(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return value.replace(CARD_NUMBER, (digits) => `${digits.slice(0, 6)}…${digits.slice(-4)}`)
  if (!value || typeof value !== "object" || depth > 5) return value
  if (Array.isArray(value)) return value.map((item) => redacted(item, depth + 1))
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, SECRET_NAMES.test(key) || CARD_FIELDS.test(key) ? "[redacted]" : redacted(item, depth + 1)]))
}

/**
 * Requests whose outcome a more precise line already told (a role refused with its role and
 * permission): the generic line written with every answer skips them, so a refusal is one line.
 */
const toldRequests = new WeakSet<object>()
export const markRequestLogged = (request: object): void => void toldRequests.add(request)
export const requestWasLogged = (request: object): boolean => toldRequests.has(request)

const sinks = new Set<Sink>([(line) => process.stdout.write(line)])

/** Writes one event as a JSON line (with its time, and `log: "security"` to tell it apart). */
export function securityEvent(event: SecurityEvent, now: Date = new Date()): void {
  const line = `${JSON.stringify({ log: "security", at: now.toISOString(), ...(redacted(event) as SecurityEvent) })}\n`
  for (const sink of sinks) sink(line)
}

/** Also sends every line to `sink` (tests read the log this way); returns how to stop. */
export function addSecurityLogSink(sink: Sink): () => void {
  sinks.add(sink)
  return () => sinks.delete(sink)
}
