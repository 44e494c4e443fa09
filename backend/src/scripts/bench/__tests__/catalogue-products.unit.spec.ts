import { benchProduct } from "../catalogue-products"
import { SEED_PRODUCTS } from "../../seed/catalogue"
import { normalizePartNumber } from "../../../lib/catalogue/part-search"

describe("benchProduct", () => {
  const products = Array.from({ length: 5000 }, (_, n) => benchProduct(n))

  it("is the same part for the same number (a second run recognises it)", () => {
    expect(benchProduct(1234)).toEqual(products[1234])
  })

  it("gives 5 000 distinct handles, SKUs and part numbers, none of them a seeded one", () => {
    const seeded = new Set(SEED_PRODUCTS.flatMap((product) => product.variants.flatMap((variant) => [variant.sku, normalizePartNumber(variant.mpn)])))
    for (const key of ["handle", "sku", "partNumber"] as const) expect(new Set(products.map((product) => product[key])).size).toBe(5000)
    expect(products.filter((product) => seeded.has(product.sku) || seeded.has(product.partNumber))).toEqual([])
  })

  it("has a price, some stock mostly, and every part a compatible model and an Arabic title", () => {
    expect(products.every((product) => product.price >= 600 && product.price % 100 === 0 && product.compatibleModels.length >= 1 && /[\u0600-\u06FF]/.test(product.titleAr))).toBe(true)
    const outOfStock = products.filter((product) => product.stock === 0).length
    expect(outOfStock).toBeGreaterThan(300)
    expect(outOfStock).toBeLessThan(1200)
  })
})
