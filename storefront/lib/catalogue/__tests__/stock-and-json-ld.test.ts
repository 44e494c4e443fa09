import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { productJsonLd } from "../product-json-ld"
import { productView } from "../product-view"
import { productStockState, stockState } from "../stock-state"

describe("stockState", () => {
  it("says in stock, only a few left, or out of stock", () => {
    assert.equal(stockState({ manage_inventory: true, inventory_quantity: 12 }), "in_stock")
    assert.equal(stockState({ manage_inventory: true, inventory_quantity: 3 }), "low_stock")
    assert.equal(stockState({ manage_inventory: true, inventory_quantity: 1 }), "low_stock")
    assert.equal(stockState({ manage_inventory: true, inventory_quantity: 0 }), "out_of_stock")
    assert.equal(stockState({ manage_inventory: true, inventory_quantity: -2 }), "out_of_stock")
    assert.equal(stockState({ manage_inventory: false, inventory_quantity: 0 }), "in_stock")
  })

  it("says nothing rather than 'out of stock' when the quantity is unknown", () => {
    assert.equal(stockState({ manage_inventory: true }), "unknown")
    assert.equal(stockState({ manage_inventory: true, inventory_quantity: null }), "unknown")
    assert.equal(stockState({}), "unknown")
    assert.equal(productStockState(["out_of_stock", "unknown"]), "unknown")
    assert.equal(productStockState(["unknown", "low_stock"]), "low_stock")
    assert.equal(productStockState(["out_of_stock", "out_of_stock"]), "out_of_stock")
  })
})

describe("productView and its schema.org data", () => {
  const medusaProduct = {
    id: "prod_1",
    title: "Circulateur Baxi </script><script>alert(1)</script>",
    handle: "circulateur-baxi",
    description: "Circulateur complet.",
    metadata: { mpn: "710047300", compatible_models: ["Luna 3"], featured: true },
    images: [{ id: "img_1", url: "http://localhost:9000/static/a.svg" }],
    collection: { id: "pcol_1", title: "Baxi", handle: "baxi" },
    variants: [
      { id: "variant_1", sku: "MJ-CIR-710047300", manage_inventory: true, inventory_quantity: 2, calculated_price: { calculated_amount: 23400 } },
      { id: "variant_2", sku: "MJ-CIR-2", manage_inventory: true, inventory_quantity: 0, calculated_price: { calculated_amount: 21000 } },
    ],
  }

  it("shows the lowest price and the best stock state", () => {
    const view = productView(medusaProduct, "fr")
    assert.equal(view.price, 21000)
    assert.equal(view.stock, "low_stock")
  })

  it("shows the texts Medusa answered in the page's locale, never an Arabic copy left in metadata", () => {
    // As the Store API answers ?locale=ar-DZ: the ar-DZ translations replace title, description and category name.
    const answeredInArabic = {
      ...medusaProduct,
      title: "مضخة تدوير Baxi – Luna 3",
      description: "مضخة تدوير أصلية.",
      categories: [{ id: "pcat_1", name: "مضخات التدوير", handle: "circulateurs" }],
      metadata: { ...medusaProduct.metadata, title_ar: "عنوان قديم", summary_ar: "وصف قديم" },
    }
    const arabic = productView(answeredInArabic, "ar")
    assert.equal(arabic.title, "مضخة تدوير Baxi – Luna 3")
    assert.equal(arabic.summary, "مضخة تدوير أصلية.")
    assert.deepEqual(arabic.category, { name: "مضخات التدوير", handle: "circulateurs" })
  })

  it("writes one offer per priced variant and cannot close its script element", () => {
    const json = productJsonLd(productView(medusaProduct, "fr"), "https://mj-chauffage.dz/fr/produits/circulateur-baxi")
    assert.doesNotMatch(json, /<\/script/i)
    const data = JSON.parse(json)
    assert.equal(data.offers.length, 2)
    assert.deepEqual(data.offers.map((offer: { availability: string }) => offer.availability), [
      "https://schema.org/LimitedAvailability",
      "https://schema.org/OutOfStock",
    ])
    assert.equal(data.mpn, "710047300")
  })

  it("an unknown quantity gives no availability and no quantity limit", () => {
    const product = productView({ ...medusaProduct, variants: [{ id: "variant_3", manage_inventory: true, calculated_price: { calculated_amount: 100 } }] }, "fr")
    assert.equal(product.stock, "unknown")
    assert.equal(product.variants[0].available, null)
    assert.equal(JSON.parse(productJsonLd(product, "https://x")).offers[0].availability, undefined)
  })
})
