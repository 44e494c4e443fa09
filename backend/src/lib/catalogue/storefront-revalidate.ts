import { storefrontUrl } from "@mj-chauffage/shop-kernel/storefront-url"
import { PRODUCT_SEARCH_EVENTS, TRANSLATION_EVENTS } from "./search-document"

/**
 * Changes to what the storefront's catalogue pages show: products and variants (an admin price
 * change arrives as product-variant.updated), their Arabic texts (translation.*), categories and brands (collections), stock levels
 * (inventory-level.*, from the admin's location levels) and what orders hold (reservation-item.*
 * when an order is placed, order.canceled when it gives its reservations back).
 */
export const STOREFRONT_CATALOGUE_EVENTS = [
  ...PRODUCT_SEARCH_EVENTS,
  ...TRANSLATION_EVENTS,
  "product-category.created",
  "product-category.updated",
  "product-category.deleted",
  "product-collection.created",
  "product-collection.updated",
  "product-collection.deleted",
  "inventory-level.created",
  "inventory-level.updated",
  "inventory-level.deleted",
  "reservation-item.created",
  "reservation-item.updated",
  "reservation-item.deleted",
  "order.canceled",
]

/** Long enough for a storefront on the same network, short enough never to hold up the event queue. */
export const STOREFRONT_REVALIDATE_TIMEOUT_MS = 2000

type Warn = (message: string) => void
type Env = Record<string, string | undefined>

/**
 * Tells the storefront (POST <STOREFRONT_URL>/api/revalidate with STOREFRONT_REVALIDATE_SECRET) to
 * empty its catalogue cache. Nothing is sent without the secret. A failure is only a warning: the
 * storefront's cache then catches up on its own within 30 s. Calls are coalesced: changes that
 * arrive while a call is out (an import, a multi-line order) make one more call after it, since
 * the storefront may have re-read before they were saved.
 */
export function createStorefrontRevalidator({ fetchImpl = fetch, timeoutMs = STOREFRONT_REVALIDATE_TIMEOUT_MS } = {}) {
  let inFlight: Promise<void> | undefined
  let changedMeanwhile = false

  async function send(secret: string, env: Env, warn: Warn) {
    const url = `${storefrontUrl(env)}/api/revalidate`
    try {
      const response = await fetchImpl(url, {
        method: "POST",
        headers: { authorization: `Bearer ${secret}` },
        signal: AbortSignal.timeout(timeoutMs),
      })
      await response.body?.cancel()
      if (!response.ok) warn(`The storefront refused to refresh its catalogue (${url}: HTTP ${response.status}); it catches up within 30 s`)
    } catch (error) {
      warn(`The storefront could not be told the catalogue changed (${url}: ${(error as Error).message}); it catches up within 30 s`)
    }
  }

  return function revalidateStorefront(warn: Warn, env: Env = process.env): Promise<void> {
    const secret = env.STOREFRONT_REVALIDATE_SECRET
    if (!secret) return Promise.resolve()
    if (inFlight) {
      changedMeanwhile = true
      return inFlight
    }
    inFlight = (async () => {
      do {
        changedMeanwhile = false
        await send(secret, env, warn)
      } while (changedMeanwhile)
    })().finally(() => {
      inFlight = undefined
    })
    return inFlight
  }
}
