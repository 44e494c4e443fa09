import { format } from "node:util"
import { isLogged, jsonLogLine, logLevelOf, readableLine, type LogLevel, type LogRecord } from "@mj-chauffage/shop-kernel/server/log-line"

/**
 * The storefront server's log: in production one JSON line per entry on standard output (the shape of
 * Medusa's, kernel log-line.ts, so one shipper reads both and a request id joins them), readable text
 * in development. LOG_LEVEL sets the threshold (`info` by default). Never imported by client code.
 */
export type ServerLog = (level: LogLevel, message: string, extra?: Omit<LogRecord, "level" | "message">) => void

export function serverLogFor(env: NodeJS.ProcessEnv, write: (line: string) => void = (line) => void process.stdout.write(line), now: () => Date = () => new Date()): ServerLog {
  const json = env.NODE_ENV === "production"
  const threshold = logLevelOf(env.LOG_LEVEL, "info")
  return (level, message, extra = {}) => {
    if (!isLogged(level, threshold)) return
    const record: LogRecord = { level, message, ...extra }
    write(json ? jsonLogLine(record, now()) : readableLine(record))
  }
}

export const serverLog: ServerLog = serverLogFor(process.env)

const CONSOLE_LEVELS = { error: "error", warn: "warn", info: "info", log: "info", debug: "debug" } as const

/**
 * In production, what Next.js itself prints (its start banner, the errors it reports) goes through the
 * same log, so that standard output holds JSON lines only.
 */
export function routeConsoleToLog(log: ServerLog): void {
  for (const [method, level] of Object.entries(CONSOLE_LEVELS) as Array<[keyof typeof CONSOLE_LEVELS, LogLevel]>) {
    // eslint-disable-next-line no-console -- replacing the console is the point here
    console[method] = (...args: unknown[]) => {
      const error = args.find((arg): arg is Error => arg instanceof Error)
      log(level, format(...args.filter((arg) => arg !== error)), error ? { error } : {})
    }
  }
}
