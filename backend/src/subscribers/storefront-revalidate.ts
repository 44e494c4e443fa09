import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStorefrontRevalidator, STOREFRONT_CATALOGUE_EVENTS } from "../lib/catalogue/storefront-revalidate"

const revalidateStorefront = createStorefrontRevalidator()

/**
 * A product, price, stock level or reservation changed: the storefront's catalogue cache is emptied
 * so its pages show the change at once. Not awaited: the change is saved whatever the storefront
 * answers, and the event queue does not wait on it.
 */
export default async function refreshStorefrontCatalogue({ container }: SubscriberArgs<unknown>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  void revalidateStorefront((message) => logger.warn(message))
}

export const config: SubscriberConfig = { event: STOREFRONT_CATALOGUE_EVENTS }
