import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { databaseAnswers, pendingModuleMigrations, redisAnswers, type SqlConnection } from "../../../lib/readiness/probes"
import { readinessReport, withinTime, type CheckOutcome } from "../../../lib/readiness/report"

const CHECK_TIMEOUT_MS = 2000

/**
 * GET /health/ready: 200 when this server can serve (database answers, Redis answers when configured,
 * every shipped module migration applied), 503 naming the failed checks. `/health` (Medusa's) only says
 * the process is alive. Not under /store, so the per-client limit does not apply to the prober.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION) as SqlConnection
  const { projectConfig } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)

  const outcome = async (name: string, check: () => Promise<void>): Promise<CheckOutcome> => {
    try {
      await withinTime(check, CHECK_TIMEOUT_MS)
      return "ok"
    } catch (error) {
      logger.warn(`Readiness check "${name}" failed: ${(error as Error).message}`)
      return "failed"
    }
  }
  const redisUrl = projectConfig.redisUrl
  const [database, redis, migrations] = await Promise.all([
    outcome("database", () => databaseAnswers(pg)),
    redisUrl ? outcome("redis", () => redisAnswers(redisUrl, CHECK_TIMEOUT_MS)) : Promise.resolve<CheckOutcome>("skipped"),
    outcome("migrations", async () => {
      const pending = await pendingModuleMigrations(pg)
      if (pending.length) throw new Error(`${pending.length} module migration(s) not applied: ${pending.slice(0, 5).join(", ")}`)
    }),
  ])
  const report = readinessReport({ database, redis, migrations })
  res.setHeader("Cache-Control", "no-store")
  res.status(report.status === "ready" ? 200 : 503).json(report)
}
