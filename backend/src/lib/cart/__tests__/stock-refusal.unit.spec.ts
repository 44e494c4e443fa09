import { stockRefusal } from "../stock-refusal"

const part = { productTitle: "Sonde CTN Baxi", variantTitle: "À plongeur" }

describe("stockRefusal", () => {
  it("lets through what the warehouse can sell, and untracked stock", () => {
    expect(stockRefusal({ ...part, available: 3, wanted: 3 })).toBeNull()
    expect(stockRefusal({ ...part, available: null, wanted: 500 })).toBeNull()
  })

  it("names the part and its version when it is out of stock", () => {
    expect(stockRefusal({ ...part, available: 0, wanted: 1 })).toEqual({
      code: "out_of_stock",
      available: 0,
      message:
        "« Sonde CTN Baxi (À plongeur) » est en rupture de stock. Retirez-le du panier ou appelez-nous pour connaître le délai de réapprovisionnement.",
    })
  })

  it("says how many are left when the quantity is too high", () => {
    expect(stockRefusal({ productTitle: "Kit joints Baxi", variantTitle: "Standard", available: 2, wanted: 5 })).toEqual({
      code: "insufficient_stock",
      available: 2,
      message: "Il ne reste que 2 « Kit joints Baxi » en stock : réduisez la quantité à 2 au plus.",
    })
  })

  it("treats negative availability (over-reserved) as none left", () => {
    expect(stockRefusal({ ...part, available: -1, wanted: 1 })?.code).toBe("out_of_stock")
  })
})
