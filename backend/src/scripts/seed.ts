/**
 * `medusa exec ./src/scripts/seed.ts`: the Algerian store and its spare-parts catalogue.
 * Idempotent: a second run finds everything and creates nothing.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { seedBooking } from "./seed/booking-seeder"
import { ensureArabicLocale } from "./seed/arabic-locale"
import { seedCatalogue } from "./seed/catalogue-seeder"
import { setUpReturnsAndRefunds } from "./seed/returns-and-refunds"
import { ensureStorefrontKey, setUpStoreFrame } from "./seed/store-setup"

export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  // An active (even empty) index first: on a new database, each product event of the seed would
  // otherwise log an error ("no active version"). The reindex at the end makes the result complete.
  await refreshProductSearch(container, logger)
  const frame = await setUpStoreFrame(container)
  await setUpReturnsAndRefunds(container)
  await ensureArabicLocale(container)
  const { created } = await seedCatalogue(container, frame)
  await seedBooking(container)
  await ensureStorefrontKey(container, frame.salesChannelId)
  await refreshProductSearch(container, logger)
  logger.info(`Seed done: ${created} product(s) created, the rest already existed.`)
}

/**
 * `medusa exec` runs as a server process, whose product events the worker may never see: the
 * search index is refreshed here so the seeded parts are searchable at once.
 */
async function refreshProductSearch(container: ExecArgs["container"], logger: { warn(message: string): void }) {
  try {
    await container.resolve(Modules.SEARCH).reindex({ index: "product" })
  } catch (error) {
    logger.warn(`Product search index not refreshed (${(error as Error).message}); the worker fills it when it starts.`)
  }
}
