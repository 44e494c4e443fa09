import { randomUUID } from "node:crypto"
import { inspect } from "node:util"
import type { Logger } from "@medusajs/framework/types"
import { isLogLevel, isLogged, jsonLogLine, logLevelOf, type LogLevel, type LogRecord } from "@mj-chauffage/shop-kernel/server/log-line"

export type JsonLoggerOptions = {
  /** LOG_LEVEL's value; Medusa's default threshold (`http`) when unset. */
  level?: string
  /** The id of the request being served, if any. */
  requestId: () => string | undefined
  write?: (line: string) => void
  now?: () => Date
  /** What a panic does once logged: Medusa's contract is that the process ends. */
  exit?: (code: number) => void
}

const DEFAULT_LEVEL: LogLevel = "http"

/**
 * Medusa's Logger (the container's `logger`, used by Medusa, its modules, our plugins and the error
 * handler) writing one JSON line per entry (kernel log-line.ts) with the request id of the request
 * being served. Activities — Medusa's spinners in development — become info lines with their id and
 * duration, as Medusa's own logger writes them outside development.
 */
export class JsonLogger implements Logger {
  private threshold: LogLevel
  private readonly activities = new Map<string, number>()
  private readonly write: (line: string) => void
  private readonly now: () => Date
  private readonly exit: (code: number) => void

  constructor(private readonly options: JsonLoggerOptions) {
    this.threshold = logLevelOf(options.level, DEFAULT_LEVEL)
    this.write = options.write ?? ((line) => void process.stdout.write(line))
    this.now = options.now ?? (() => new Date())
    this.exit = options.exit ?? ((code) => process.exit(code))
  }

  private entry(level: LogLevel, message: string, error?: unknown, details?: Record<string, unknown>): void {
    if (!isLogged(level, this.threshold)) return
    const record: LogRecord = { level, message, requestId: this.options.requestId(), error, details }
    this.write(jsonLogLine(record, this.now()))
  }

  shouldLog(level: string): boolean {
    return isLogLevel(level) && isLogged(level, this.threshold)
  }

  setLogLevel(level: string): void {
    this.threshold = logLevelOf(level, this.threshold)
  }

  unsetLogLevel(): void {
    this.threshold = logLevelOf(this.options.level, DEFAULT_LEVEL)
  }

  panic(data: unknown): void {
    this.entry("error", "Medusa stopped on an unrecoverable error", data instanceof Error ? data : undefined, { panic: inspect(data, { depth: 3, breakLength: Infinity }) })
    this.exit(1)
  }

  activity(message: string, config?: unknown): string {
    const id = randomUUID()
    this.activities.set(id, this.now().getTime())
    this.entry("info", message, undefined, { activity_id: id, ...(config && typeof config === "object" && Object.keys(config).length ? { config } : {}) })
    return id
  }

  progress(activityId: string, message: string): void {
    this.entry("info", message, undefined, this.activities.has(activityId) ? { activity_id: activityId } : undefined)
  }

  success(activityId: string, message: string): Record<string, unknown> {
    return this.finish(activityId, "info", message) ?? {}
  }

  failure(activityId: string, message: string): unknown {
    return this.finish(activityId, "error", message)
  }

  private finish(activityId: string, level: LogLevel, message: string): { start: number; duration: number } | null {
    const start = this.activities.get(activityId)
    this.activities.delete(activityId)
    if (start === undefined) {
      this.entry(level, message)
      return null
    }
    const duration = this.now().getTime() - start
    this.entry(level, message, undefined, { activity_id: activityId, duration })
    return { start, duration }
  }

  error(messageOrError: string | Error, error?: Error): void {
    if (messageOrError && typeof messageOrError === "object") this.entry("error", "", messageOrError)
    else this.entry("error", String(messageOrError ?? ""), error)
  }

  warn(message: string): void {
    this.leveled("warn", message)
  }

  info(message: string): void {
    this.leveled("info", message)
  }

  http(message: string): void {
    this.leveled("http", message)
  }

  verbose(message: string): void {
    this.leveled("verbose", message)
  }

  debug(message: string): void {
    this.leveled("debug", message)
  }

  silly(message: string): void {
    this.leveled("silly", message)
  }

  /**
   * Medusa's event bus, among others, hands the failure itself where a message is expected
   * (`logger.warn(err)`): the line carries its message and stack, never an empty message.
   */
  private leveled(level: LogLevel, message: unknown): void {
    this.entry(level, textOf(message), message instanceof Error ? message : undefined)
  }

  /** Winston's forms, which Medusa's logger passes through: log(message), log(level, message, …) or log({ level, message, … }). */
  log(...args: unknown[]): void {
    const [first, second] = args
    if (args.length > 1 && isLogLevel(first)) {
      this.entry(first, textOf(second), second instanceof Error ? second : undefined)
      return
    }
    if (first && typeof first === "object" && !(first instanceof Error) && "message" in first) {
      const { level, message, ...details } = first as { level?: unknown; message?: unknown }
      this.entry(isLogLevel(level) ? level : "info", textOf(message), undefined, details)
      return
    }
    this.entry("info", textOf(first), first instanceof Error ? first : undefined)
  }
}

/** Some callers hand an Error or an object where a message is expected: it still becomes readable text. */
function textOf(value: unknown): string {
  if (typeof value === "string") return value
  if (value instanceof Error) return ""
  return inspect(value, { depth: 3, breakLength: Infinity })
}
