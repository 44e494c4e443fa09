import { BRANDS, CATEGORIES } from "../categories"
import { SEED_PRODUCTS, describeProduct } from "../catalogue"
import { productImageSvg } from "../product-image"

const variants = SEED_PRODUCTS.flatMap((product) => product.variants)

describe("seed catalogue data", () => {
  it("is a real shop's catalogue: 60+ parts, 6+ categories, the brands sold in Algeria", () => {
    expect(SEED_PRODUCTS.length).toBeGreaterThanOrEqual(60)
    expect(new Set(SEED_PRODUCTS.map((product) => product.category)).size).toBeGreaterThanOrEqual(6)
    expect(new Set(SEED_PRODUCTS.map((product) => product.brand))).toEqual(new Set(Object.keys(BRANDS)))
    expect(SEED_PRODUCTS.some((product) => product.variants.length > 1)).toBe(true)
  })

  it("has unique handles, SKUs and part numbers", () => {
    const unique = (values: string[]) => new Set(values).size === values.length
    expect(unique(SEED_PRODUCTS.map((product) => product.handle))).toBe(true)
    expect(unique(variants.map((variant) => variant.sku))).toBe(true)
    expect(unique(variants.map((variant) => variant.mpn))).toBe(true)
  })

  it("prices whole dinars and stocks some parts low and some out", () => {
    expect(variants.every((variant) => Number.isInteger(variant.price) && variant.price >= 500)).toBe(true)
    expect(variants.filter((variant) => variant.stock === 0).length).toBeGreaterThanOrEqual(5)
    expect(variants.filter((variant) => variant.stock > 0 && variant.stock <= 3).length).toBeGreaterThanOrEqual(5)
  })

  it("describes every part in French with its compatible models", () => {
    for (const product of SEED_PRODUCTS) {
      expect(Object.keys(CATEGORIES)).toContain(product.category)
      expect(product.compatibleModels.length).toBeGreaterThan(0)
      expect(describeProduct(product, BRANDS[product.brand].name)).toContain(product.compatibleModels[0])
    }
  })

  it("draws a picture that escapes its text", () => {
    const svg = productImageSvg({ category: "joints", brandName: "A & B", brandColor: "#000", mpn: "<1>" })
    expect(svg).toContain("A &amp; B")
    expect(svg).toContain("&lt;1&gt;")
    expect(svg).not.toContain("<1>")
  })

  it("draws no words of a language: one picture serves the French and the Arabic pages", () => {
    for (const product of SEED_PRODUCTS) {
      const brand = BRANDS[product.brand]
      const svg = productImageSvg({ category: product.category, brandName: brand.name, brandColor: brand.color, mpn: product.variants[0].mpn })
      const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1])
      expect(texts).toEqual(expect.arrayContaining([brand.name.replace(/&/g, "&amp;"), product.variants[0].mpn]))
      for (const text of texts) expect([brand.name.replace(/&/g, "&amp;"), product.variants[0].mpn, "21°"]).toContain(text)
    }
  })
})
