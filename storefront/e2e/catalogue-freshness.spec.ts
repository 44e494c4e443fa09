/**
 * The catalogue cache is emptied by the catalogue: a price changed in Medusa's admin API, then a
 * stock level, each shows on the product page within 2 s (Medusa's subscriber calls the storefront's
 * POST /api/revalidate). The page is read first, so the old values are in the cache when they change.
 * The part is one no other spec uses; its price and stock are put back at the end.
 */
import { formatDzd } from "@mj-chauffage/shop-kernel/money"
import { expect, test, type Page } from "@playwright/test"
import { adminFetch } from "./support/medusa-admin"

const HANDLE = "pompe-vaillant-ecotec-plus"
const SHOWN_WITHIN_MS = 2_000
const dinars = (amount: number) => formatDzd(amount, "fr")

type AdminPrice = { id: string; amount: number; currency_code: string }
type AdminVariant = { id: string; prices: AdminPrice[]; inventory_items: { inventory_item_id: string }[] }

/** The price and stock the product page shows right now. */
async function productPage(page: Page) {
  await page.goto(`/fr/produits/${HANDLE}`, { waitUntil: "domcontentloaded" })
  const details = page.locator(".product-page__details")
  return { price: await details.locator(".product-page__price .price").textContent(), stock: await details.locator(".stock-badge").textContent() }
}

/** Polls the page until it shows `expected`, failing after 2 s; returns how long it took. */
async function shownWithin2s(page: Page, expected: { price: string; stock: string }): Promise<number> {
  const changed = Date.now()
  await expect.poll(() => productPage(page), { timeout: SHOWN_WITHIN_MS, intervals: [50] }).toEqual(expected)
  return Date.now() - changed
}

test("an admin price change and a stock change show on the product page within 2 s", async ({ page }) => {
  const { products } = await adminFetch<{ products: { id: string; variants: AdminVariant[] }[] }>(
    `/admin/products?handle=${HANDLE}&fields=id,*variants,*variants.prices,*variants.inventory_items`
  )
  const [product] = products
  const [variant] = product.variants
  const price = variant.prices.find((candidate) => candidate.currency_code === "dzd")!
  const inventoryItemId = variant.inventory_items[0].inventory_item_id
  const { inventory_levels } = await adminFetch<{ inventory_levels: { location_id: string; stocked_quantity: number }[] }>(
    `/admin/inventory-items/${inventoryItemId}/location-levels`
  )
  const [level] = inventory_levels
  // As the admin dashboard saves them: the variant with its prices, the location level with its quantity.
  const setPrice = (amount: number) =>
    adminFetch(`/admin/products/${product.id}/variants/${variant.id}`, {
      method: "POST",
      body: { prices: variant.prices.map(({ id, currency_code, amount: current }) => ({ id, currency_code, amount: id === price.id ? amount : current })) },
    })
  const setStock = (stocked_quantity: number) =>
    adminFetch(`/admin/inventory-items/${inventoryItemId}/location-levels/${level.location_id}`, { method: "POST", body: { stocked_quantity } })

  const before = { price: dinars(price.amount), stock: "En stock" }
  expect(level.stocked_quantity).toBeGreaterThan(3)
  expect(await productPage(page)).toEqual(before)
  const newPrice = price.amount + 2600
  try {
    await setPrice(newPrice)
    const priceShownMs = await shownWithin2s(page, { price: dinars(newPrice), stock: "En stock" })
    await setStock(0)
    const stockShownMs = await shownWithin2s(page, { price: dinars(newPrice), stock: "Rupture de stock" })
    test.info().annotations.push({ type: "shown after", description: `price ${priceShownMs} ms, stock ${stockShownMs} ms` })
  } finally {
    await setPrice(price.amount)
    await setStock(level.stocked_quantity)
  }
  await shownWithin2s(page, before)
})

test("POST /api/revalidate refuses a call without the shared secret", async ({ request }) => {
  const attempts: Record<string, string>[] = [{}, { authorization: "Bearer not-the-secret-not-the-secret-not-the-secret" }]
  for (const headers of attempts) {
    const response = await request.post("/api/revalidate", { headers })
    expect(response.status()).toBe(401)
    expect(await response.json()).toMatchObject({ code: "revalidate_unauthorized" })
  }
})
