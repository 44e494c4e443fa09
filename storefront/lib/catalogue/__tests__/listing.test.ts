import assert from "node:assert/strict"
import { describe, it } from "node:test"
import fc from "fast-check"
import { activeFilterCount, applyListing, brandsOf, PAGE_SIZE, readListingQuery } from "../listing"
import type { ProductView } from "../product-view"
import type { StockState } from "../stock-state"

const product = (id: number, price: number | null, brand: string, stock: StockState = "in_stock", featured = false): ProductView => ({
  id: `prod_${id}`,
  handle: `p-${id}`,
  title: `Pièce ${String(id).padStart(3, "0")}`,
  summary: "",
  thumbnail: null,
  images: [],
  brand: { title: brand, handle: brand },
  category: null,
  compatibleModels: [],
  mpn: null,
  featured,
  price,
  stock,
  optionTitle: null,
  variants: [],
  createdAt: new Date(Date.UTC(2026, 0, id)).toISOString(),
})

describe("readListingQuery", () => {
  it("reads filters and ignores what it cannot read", () => {
    assert.deepEqual(readListingQuery({ brand: ["baxi", "Bad Brand!"], min: "1000", max: "abc", stock: "1", sort: "price_desc", page: "2" }), {
      brands: ["baxi"],
      minPrice: 1000,
      maxPrice: null,
      inStockOnly: true,
      sort: "price_desc",
      page: 2,
    })
    assert.equal(readListingQuery({ sort: "drop table", page: "-3" }).sort, "featured")
    assert.equal(readListingQuery({ page: "0" }).page, 1)
  })
})

describe("applyListing", () => {
  const products = [
    product(1, 2900, "baxi"),
    product(2, 24500, "vaillant", "low_stock"),
    product(3, 9900, "baxi", "out_of_stock", true),
    product(4, 14500, "ariston", "in_stock", true),
  ]

  it("filters by brand, price range and stock", () => {
    const query = { ...readListingQuery({}), brands: ["baxi"], inStockOnly: true }
    assert.deepEqual(applyListing(products, query, "fr").products.map((p) => p.id), ["prod_1"])
    const range = { ...readListingQuery({}), minPrice: 9000, maxPrice: 20000 }
    assert.deepEqual(applyListing(products, range, "fr").products.map((p) => p.id).sort(), ["prod_3", "prod_4"])
  })

  it("sorts featured first but puts what cannot be bought after what can", () => {
    assert.deepEqual(applyListing(products, readListingQuery({}), "fr").products.map((p) => p.id), ["prod_4", "prod_3", "prod_1", "prod_2"])
  })

  it("sorts by price both ways and by newest", () => {
    assert.deepEqual(applyListing(products, readListingQuery({ sort: "price_asc" }), "fr").products.map((p) => p.price), [2900, 9900, 14500, 24500])
    assert.deepEqual(applyListing(products, readListingQuery({ sort: "price_desc" }), "fr").products.map((p) => p.price), [24500, 14500, 9900, 2900])
    assert.equal(applyListing(products, readListingQuery({ sort: "newest" }), "fr").products[0].id, "prod_4")
  })

  it("pages without losing or repeating a product, whatever the filters", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ price: fc.option(fc.integer({ min: 0, max: 100_000 })), brand: fc.constantFrom("a", "b", "c"), out: fc.boolean() }), { maxLength: 60 }),
        fc.constantFrom("featured", "price_asc", "price_desc", "newest", "name"),
        fc.boolean(),
        (rows, sort, inStockOnly) => {
          const all = rows.map((row, index) => product(index + 1, row.price, row.brand, row.out ? "out_of_stock" : "in_stock"))
          const first = applyListing(all, readListingQuery({ sort, stock: inStockOnly ? "1" : undefined }), "fr")
          const seen: string[] = []
          for (let page = 1; page <= first.pages; page++) {
            const listing = applyListing(all, readListingQuery({ sort, stock: inStockOnly ? "1" : undefined, page: String(page) }), "fr")
            assert.ok(listing.products.length <= PAGE_SIZE)
            seen.push(...listing.products.map((p) => p.id))
          }
          assert.equal(seen.length, first.total)
          assert.equal(new Set(seen).size, seen.length)
          if (inStockOnly) assert.ok(seen.every((id) => all.find((p) => p.id === id)!.stock !== "out_of_stock"))
        }
      )
    )
  })
})

describe("brandsOf", () => {
  it("lists each brand of the products once, by name", () => {
    const products = [product(1, 1, "vaillant"), product(2, 1, "baxi"), product(3, 1, "vaillant"), { ...product(4, 1, "x"), brand: null }]
    assert.deepEqual(brandsOf(products).map((brand) => brand.handle), ["baxi", "vaillant"])
  })
})

describe("activeFilterCount", () => {
  it("counts each brand, each price bound and 'in stock only', not the sorting nor the page", () => {
    assert.equal(activeFilterCount(readListingQuery({ sort: "price_asc", page: "3" })), 0)
    assert.equal(activeFilterCount(readListingQuery({ brand: ["baxi", "vaillant"], min: "1000", max: "5000", stock: "1" })), 5)
    assert.equal(activeFilterCount(readListingQuery({ min: "abc" })), 0)
  })
})
