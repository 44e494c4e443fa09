/**
 * Whether a failure means the database or Redis cannot be reached right now (stopped, restarting,
 * the network gone, every connection taken for too long): the request was not carried out, the
 * customer should try again in a moment, and the answer is a 503, not a 500 that reads like a bug.
 * The error may come wrapped (MikroORM, Medusa's workflows): its causes are read too.
 */

/** PostgreSQL's "connection exception" class (08xxx), and the server shutting down or starting up. */
const POSTGRES_UNAVAILABLE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/

/** Node's network failures towards either service. */
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENOTFOUND", "EAI_AGAIN"])

/** pg, knex and ioredis say it in words only. */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /^Client has encountered a connection error/,
  /^Knex: Timeout acquiring a connection/,
  /^Connection is closed\.?$/,
  /^Stream isn't writeable/,
  /^Reached the max retries per request limit/,
]

const UNAVAILABLE_NAMES = new Set(["KnexTimeoutError", "ConnectionException", "MaxRetriesPerRequestError"])

type Failure = { code?: unknown; name?: unknown; message?: unknown; cause?: unknown }

function saysUnavailable(failure: Failure): boolean {
  const code = typeof failure.code === "string" ? failure.code : ""
  if (POSTGRES_UNAVAILABLE.test(code) || NETWORK_CODES.has(code)) return true
  if (typeof failure.name === "string" && UNAVAILABLE_NAMES.has(failure.name)) return true
  const message = typeof failure.message === "string" ? failure.message : ""
  return UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))
}

export function isServiceOutage(error: unknown): boolean {
  let current: unknown = error
  // A few levels of wrapping at most; a cycle of causes ends here too.
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    if (saysUnavailable(current as Failure)) return true
    current = (current as Failure).cause
  }
  return false
}
