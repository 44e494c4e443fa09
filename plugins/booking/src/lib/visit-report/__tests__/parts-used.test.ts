import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { partsUsed, type CatalogueVariant } from "../parts-used"

const thermocouple: CatalogueVariant = {
  id: "variant_thermo",
  sku: "SD-0020",
  title: null,
  product_title: "Thermocouple Saunier Duval",
  price: 1800,
  manage_inventory: true,
  inventory: [{ inventory_item_id: "iitem_thermo", required_quantity: 1, levels: [{ location_id: "sloc_van", stocked_quantity: 2 }, { location_id: "sloc_depot", stocked_quantity: 9 }] }],
}
const joints: CatalogueVariant = {
  id: "variant_joints",
  sku: "JT-10",
  title: "Lot de 10",
  product_title: "Joints fibre",
  price: 300,
  manage_inventory: true,
  inventory: [{ inventory_item_id: "iitem_joint", required_quantity: 10, levels: [{ location_id: "sloc_depot", stocked_quantity: 200 }] }],
}

describe("the parts used in a visit", () => {
  it("prices the visit as fee plus parts, and takes each part from the fullest location", () => {
    const result = partsUsed([{ variant_id: "variant_thermo", quantity: 1 }, { variant_id: "variant_joints", quantity: 2 }], [thermocouple, joints], 2500)
    assert.ok("lines" in result)
    assert.equal(result.expected_amount, 2500 + 1800 + 600)
    assert.deepEqual(result.stock, [
      { inventory_item_id: "iitem_thermo", location_id: "sloc_depot", adjustment: -1 },
      { inventory_item_id: "iitem_joint", location_id: "sloc_depot", adjustment: -20 },
    ])
    assert.equal(result.lines[1]!.title, "Joints fibre — Lot de 10")
  })

  it("counts a part given twice once, with both quantities", () => {
    const result = partsUsed([{ variant_id: "variant_thermo", quantity: 1 }, { variant_id: "variant_thermo", quantity: 2 }], [thermocouple], 0)
    assert.ok("lines" in result)
    assert.deepEqual(result.stock, [{ inventory_item_id: "iitem_thermo", location_id: "sloc_depot", adjustment: -3 }])
    assert.equal(result.expected_amount, 5400)
  })

  it("names the parts that are not in the catalogue", () => {
    assert.deepEqual(partsUsed([{ variant_id: "variant_gone", quantity: 1 }], [thermocouple], 2500), { unknown: ["variant_gone"] })
  })

  it("takes nothing out of stock for a variant whose stock is not managed, and only the fee without parts", () => {
    const result = partsUsed([{ variant_id: "variant_thermo", quantity: 1 }], [{ ...thermocouple, manage_inventory: false }], 2500)
    assert.ok("lines" in result)
    assert.deepEqual(result.stock, [])
    assert.deepEqual(partsUsed([], [], 2500), { lines: [], stock: [], expected_amount: 2500 })
  })
})
