import { rankBestSellers } from "../best-sellers"

describe("rankBestSellers", () => {
  it("adds up units per product across orders and ranks by units", () => {
    const lines = [
      { product_id: "prod_b", quantity: 1 },
      { product_id: "prod_a", quantity: 2 },
      { product_id: "prod_b", quantity: 3 },
      { product_id: "prod_c", quantity: 1 },
    ]
    expect(rankBestSellers(lines, 10)).toEqual(["prod_b", "prod_a", "prod_c"])
  })

  it("breaks ties by product id, ignores lines without a product or quantity, and keeps the limit", () => {
    const lines = [
      { product_id: "prod_z", quantity: 2 },
      { product_id: "prod_y", quantity: 2 },
      { product_id: null, quantity: 9 },
      { product_id: "prod_x", quantity: 0 },
    ]
    expect(rankBestSellers(lines, 1)).toEqual(["prod_y"])
    expect(rankBestSellers(lines, 5)).toEqual(["prod_y", "prod_z"])
  })
})
