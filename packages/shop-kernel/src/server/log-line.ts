import { inspect } from "node:util"

/**
 * The application log's line, shared by Medusa (server and worker) and the storefront's server: one
 * JSON object per line with `timestamp` (ISO 8601, UTC — the field and form of Medusa's own access
 * lines, so a log shipper reads one shape), `level`, `message`, the `request_id` of the request being
 * served, and an error's `stack` (and `cause`) as text. Development shows `readableLine` instead.
 */
export const LOG_LEVELS = { error: 0, warn: 1, info: 2, http: 3, verbose: 4, debug: 5, silly: 6 } as const
export type LogLevel = keyof typeof LOG_LEVELS

export const isLogLevel = (value: unknown): value is LogLevel => typeof value === "string" && Object.prototype.hasOwnProperty.call(LOG_LEVELS, value)

/** Whether a line at `level` is written when the log is set to `threshold` (npm levels, as winston's). */
export const isLogged = (level: LogLevel, threshold: LogLevel): boolean => LOG_LEVELS[level] <= LOG_LEVELS[threshold]

/** The level set in LOG_LEVEL, or `fallback` when it is unset or not a level. */
export const logLevelOf = (value: string | undefined, fallback: LogLevel): LogLevel => (isLogLevel(value) ? value : fallback)

export type LogRecord = {
  level: LogLevel
  message: string
  requestId?: string
  error?: unknown
  /** More fields for the line (an activity's id and duration…); they never replace the ones above. */
  details?: Record<string, unknown>
}

const RESERVED = new Set(["timestamp", "level", "message", "request_id", "stack", "cause"])

/**
 * What went wrong, in words. Some errors carry no message of their own: Node's AggregateError (a
 * connection refused on each of a host's addresses) has its reasons in `errors`, a system error its `code`.
 */
function errorMessage(error: Error): string {
  if (error.message) return error.message
  const inner = (error as Error & { errors?: unknown }).errors
  if (Array.isArray(inner) && inner.length > 0) {
    return inner.map((each) => (each instanceof Error ? errorMessage(each) : inspect(each, { depth: 2, breakLength: Infinity }))).join("; ")
  }
  const code = (error as Error & { code?: unknown }).code
  return typeof code === "string" || typeof code === "number" ? `${error.name} ${code}` : error.name
}

function errorFields(error: unknown): { message?: string; stack?: string; cause?: string } {
  if (error instanceof Error) {
    const { cause } = error as Error & { cause?: unknown }
    return {
      message: errorMessage(error),
      stack: error.stack,
      ...(cause === undefined ? {} : { cause: inspect(cause, { depth: 3, breakLength: Infinity }) }),
    }
  }
  return error === undefined ? {} : { message: inspect(error, { depth: 3, breakLength: Infinity }) }
}

/** The message, followed by the error's own when both are given ("Order not placed: connection refused"). */
function fullMessage(record: LogRecord): string {
  const fromError = errorFields(record.error).message
  if (!fromError) return record.message
  return record.message ? `${record.message}: ${fromError}` : fromError
}

// A value JSON cannot hold (a bigint, a cycle) must not cost the line.
function serialisable(key: string, value: unknown): unknown {
  return typeof value === "bigint" ? value.toString() : value
}

export function jsonLogLine(record: LogRecord, now: Date = new Date()): string {
  const { stack, cause } = errorFields(record.error)
  const head = {
    timestamp: now.toISOString(),
    level: record.level,
    message: fullMessage(record),
    ...(record.requestId ? { request_id: record.requestId } : {}),
  }
  const details = Object.fromEntries(Object.entries(record.details ?? {}).filter(([key]) => !RESERVED.has(key)))
  const tail = { ...(stack ? { stack } : {}), ...(cause ? { cause } : {}) }
  try {
    return `${JSON.stringify({ ...head, ...details, ...tail }, serialisable)}\n`
  } catch {
    return `${JSON.stringify({ ...head, ...tail, details: inspect(details, { depth: 2, breakLength: Infinity }) })}\n`
  }
}

/** Development's line: "info  message [request id]" and the stack below, for a person reading a terminal. */
export function readableLine(record: LogRecord): string {
  const { stack } = errorFields(record.error)
  const id = record.requestId ? ` [${record.requestId}]` : ""
  return `${record.level.padEnd(5)} ${fullMessage(record)}${id}\n${stack ? `${stack}\n` : ""}`
}
