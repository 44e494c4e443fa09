import type { Instrumentation } from "next"
import { REQUEST_ID_HEADER } from "./lib/http/request-id"

/**
 * Next.js's instrumentation hook. In production the server's output is JSON lines (lib/log/server-log.ts):
 * Next's own console output included, and each failed request logged once more with its request id
 * (proxy.ts), which Medusa's lines for the same page carry too.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NODE_ENV !== "production") return
  const { routeConsoleToLog, serverLog } = await import("./lib/log/server-log")
  routeConsoleToLog(serverLog)
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return
  const { serverLog } = await import("./lib/log/server-log")
  const id = request.headers[REQUEST_ID_HEADER]
  // The path without its query: an order link's token must not reach the log.
  const path = request.path.split("?")[0]
  serverLog("error", `${request.method} ${path} failed (${context.routerKind} ${context.routeType} ${context.routePath})`, {
    error,
    requestId: typeof id === "string" ? id : undefined,
  })
}
