import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seededStore } from "./store-fixture"

/** The seeded shop as a storefront holds it; filled before the first test of the file. */
export type Shop = Awaited<ReturnType<typeof seededStore>>

/** What Medusa's runner hands a suite (api, getContainer, dbConnection…), and the shop. */
type SuiteContext = Parameters<Parameters<typeof medusaIntegrationTestRunner>[0]["testSuite"]>[0] & { shop: Shop }

/**
 * The real app on PostgreSQL for one test file, with the store seeded once before its tests.
 * `shop.headers` is one object from the start (the key is written into it), so a suite may hold it
 * in a constant; the ids (`shop.regionId`, `shop.deliveryOptions`…) are read inside tests.
 */
export function shopSuite(testSuite: (context: SuiteContext) => void) {
  medusaIntegrationTestRunner({
    inApp: true,
    env: {},
    testSuite: (context) => {
      const { api, getContainer } = context
      const headers: Record<string, string> = {}
      const shop = { headers } as Shop
      beforeAll(async () => {
        const seeded = await seededStore(api, getContainer())
        Object.assign(headers, seeded.headers)
        Object.assign(shop, { ...seeded, headers })
      })
      testSuite({ ...context, shop })
    },
  })
}
