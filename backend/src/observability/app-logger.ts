import { logger as medusaLogger } from "@medusajs/framework/logger"
import type { Logger } from "@medusajs/framework/types"
import { currentRequest } from "../http/request-context"
import { requestIdOf } from "../http/request-ids"
import { JsonLogger } from "./json-logger"

/**
 * The logger Medusa gets (medusa-config.ts `logger`): in development Medusa's own, readable in a
 * terminal (colours, spinners); everywhere else — production, tests — one JSON line per entry carrying
 * the id of the request being served (LOG_LEVEL sets the threshold, `http` by default as in Medusa).
 */
export function appLogger(env: NodeJS.ProcessEnv): Logger {
  if ((env.NODE_ENV || "development").startsWith("dev")) return medusaLogger
  return new JsonLogger({
    level: env.LOG_LEVEL,
    requestId: () => {
      const request = currentRequest()
      return request && requestIdOf(request)
    },
  })
}
