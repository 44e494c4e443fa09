import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { bestSellersFrom } from "../best-sellers"
import type { ProductView } from "../product-view"

const product = (id: string, featured = false) => ({ id, featured }) as ProductView

describe("bestSellersFrom", () => {
  const catalogue = [product("p1", true), product("p2"), product("p3", true), product("p4")]

  it("lists what sold most first, then the featured parts not already listed, within the limit", () => {
    assert.deepEqual(bestSellersFrom(catalogue, ["p4", "p1"], 3).map((p) => p.id), ["p4", "p1", "p3"])
    assert.deepEqual(bestSellersFrom(catalogue, ["p4", "p2", "p1"], 2).map((p) => p.id), ["p4", "p2"])
  })

  it("falls back to the featured parts without order history, and skips a sold part no longer on sale", () => {
    assert.deepEqual(bestSellersFrom(catalogue, [], 8).map((p) => p.id), ["p1", "p3"])
    assert.deepEqual(bestSellersFrom(catalogue, ["gone", "p2"], 8).map((p) => p.id), ["p2", "p1", "p3"])
  })
})
