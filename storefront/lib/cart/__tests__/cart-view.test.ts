import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { cartView, withVariantStock, type MedusaCart } from "../cart-view"

// A cart as Medusa's cart route answers it: lines and their variant, but no inventory_quantity
// (Medusa computes it only on its product and variant routes).
const cart: MedusaCart = {
  id: "cart_1",
  total: 30000,
  items: [
    { id: "item_1", variant_id: "variant_plenty", quantity: 1, unit_price: 12000, product_title: "Circulateur", variant: { manage_inventory: true } },
    { id: "item_2", variant_id: "variant_few", quantity: 1, unit_price: 9000, product_title: "Sonde" },
    { id: "item_3", variant_id: "variant_none", quantity: 1, unit_price: 9000, product_title: "Vanne" },
    { id: "item_4", variant_id: "variant_untracked", quantity: 1, unit_price: 0, product_title: "Notice" },
    { id: "item_5", variant_id: "variant_missing", quantity: 1, unit_price: 0, product_title: "Joint" },
  ],
}

const stock = [
  { id: "variant_plenty", manage_inventory: true, inventory_quantity: 40 },
  { id: "variant_few", manage_inventory: true, inventory_quantity: 2 },
  { id: "variant_none", manage_inventory: true, inventory_quantity: 0 },
  { id: "variant_untracked", manage_inventory: false },
]

describe("the cart's stock", () => {
  it("never calls a line out of stock when the cart read carries no quantity", () => {
    const view = cartView(cart, "fr")
    assert.deepEqual(
      view.lines.map((line) => line.stock),
      ["unknown", "unknown", "unknown", "unknown", "unknown"]
    )
  })

  it("takes each line's stock from the variant route", () => {
    const view = cartView(withVariantStock(cart, stock), "fr")
    assert.deepEqual(
      view.lines.map((line) => [line.id, line.stock]),
      [
        ["item_1", "in_stock"],
        ["item_2", "low_stock"],
        ["item_3", "out_of_stock"],
        ["item_4", "in_stock"],
        ["item_5", "unknown"],
      ]
    )
  })

  it("keeps the cart's other fields and does not change the cart it was given", () => {
    const merged = withVariantStock(cart, stock)
    assert.equal(merged.total, 30000)
    assert.equal(cart.items![1].variant, undefined)
  })
})

describe("the cart's titles", () => {
  const lines: MedusaCart = {
    id: "cart_2",
    items: [
      { id: "line_1", product_id: "prod_pump", quantity: 1, unit_price: 24500, product_title: "Circulateur Saunier Duval Thema Condens" },
      { id: "line_2", product_id: "prod_new", quantity: 1, unit_price: 8900, product_title: "Vase d'expansion Beretta 8 L" },
    ],
  }

  it("shows each product's title in the page's language, the line's own when the catalogue has none", () => {
    const view = cartView(lines, "ar", new Map([["prod_pump", "مضخة تدوير Saunier Duval – Thema Condens F 25"]]))
    assert.deepEqual(
      view.lines.map((line) => line.title),
      ["مضخة تدوير Saunier Duval – Thema Condens F 25", "Vase d'expansion Beretta 8 L"]
    )
  })

  it("keeps the lines' titles when given none (French pages)", () => {
    assert.deepEqual(
      cartView(lines, "fr").lines.map((line) => line.title),
      ["Circulateur Saunier Duval Thema Condens", "Vase d'expansion Beretta 8 L"]
    )
  })
})
