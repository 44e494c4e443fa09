/**
 * `medusa exec ./src/scripts/seed.ts`: the Algerian store and its spare-parts catalogue.
 * Idempotent: a second run finds everything and creates nothing.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedBooking } from "./seed/booking-seeder"
import { seedCatalogue } from "./seed/catalogue-seeder"
import { ensureStorefrontKey, setUpStoreFrame } from "./seed/store-setup"

export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const frame = await setUpStoreFrame(container)
  const { created } = await seedCatalogue(container, frame)
  await seedBooking(container)
  await ensureStorefrontKey(container, frame.salesChannelId)
  logger.info(`Seed done: ${created} product(s) created, the rest already existed.`)
}
