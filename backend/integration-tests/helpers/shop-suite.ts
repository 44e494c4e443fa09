import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { addSecurityLogSink } from "@mj-chauffage/shop-kernel/server/security-log"
import { CUSTOMER_PASSWORD } from "./customer-headers"
import { seededStore } from "./store-fixture"

/** The seeded shop as a storefront holds it; filled before the first test of the file. */
export type Shop = Awaited<ReturnType<typeof seededStore>>

/** What Medusa's runner hands a suite (api, getContainer, dbConnection…), and the shop. */
type SuiteContext = Parameters<Parameters<typeof medusaIntegrationTestRunner>[0]["testSuite"]>[0] & {
  shop: Shop
  securityLog: () => Array<Record<string, unknown>>
  /** The folder where the development SMS provider writes this suite's SMS (helpers/sms-files.ts reads them). */
  smsDir: string
}

/** Values that must never reach a log, whatever a suite does: the app's secrets and the test customers' password. */
const canaries = () =>
  [process.env.JWT_SECRET, process.env.COOKIE_SECRET, process.env.LINK_SIGNING_SECRET, process.env.STOREFRONT_REVALIDATE_SECRET, process.env.SATIM_PASSWORD, process.env.CHARGILY_SECRET_KEY, CUSTOMER_PASSWORD].filter(
    (value): value is string => Boolean(value && value.length >= 8)
  )

/**
 * The real app on PostgreSQL for one test file, with the store seeded once before its tests.
 * `shop.headers` is one object from the start (the key is written into it), so a suite may hold it
 * in a constant; the ids (`shop.regionId`, `shop.deliveryOptions`…) are read inside tests. Every
 * suite also reads what the app logs (its logger and the security log) and fails if a secret or a
 * password shows up there. Its SMS go to a folder of its own (never the repository's .dev/sms).
 */
export function shopSuite(testSuite: (context: SuiteContext) => void) {
  const smsDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "mj-sms-")), "sms")
  // Read by medusa-config.ts when the app boots (after this call).
  process.env.SMS_DEV_DIR = smsDir
  afterAll(() => fs.rmSync(path.dirname(smsDir), { recursive: true, force: true }))
  medusaIntegrationTestRunner({
    inApp: true,
    env: {},
    testSuite: (context) => {
      const { api, getContainer } = context
      const headers: Record<string, string> = {}
      const shop = { headers } as Shop
      const securityLines: string[] = []
      const logged: unknown[][] = []
      const stopReading = addSecurityLogSink((line) => securityLines.push(line))
      beforeAll(async () => {
        const logger = getContainer().resolve(ContainerRegistrationKeys.LOGGER) as unknown as Record<string, (...args: unknown[]) => unknown>
        for (const method of ["debug", "info", "warn", "error", "log", "activity", "failure", "panic"]) {
          const write = logger[method]
          if (typeof write === "function") logger[method] = (...args: unknown[]) => (logged.push(args), write.apply(logger, args))
        }
        const seeded = await seededStore(api, getContainer())
        Object.assign(headers, seeded.headers)
        Object.assign(shop, { ...seeded, headers })
      })
      afterAll(() => {
        stopReading()
        const written = JSON.stringify(logged) + securityLines.join("")
        expect(canaries().filter((canary) => written.includes(canary))).toEqual([])
      })
      testSuite({ ...context, shop, smsDir, securityLog: () => securityLines.map((line) => JSON.parse(line) as Record<string, unknown>) })
    },
  })
}
