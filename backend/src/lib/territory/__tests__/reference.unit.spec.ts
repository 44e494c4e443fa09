import { COMMUNES, WILAYAS, communesInEffect, findWilaya } from "../reference"

describe("territory reference data", () => {
  it("has the 58 wilayas, coded 01 to 58, named in French and Arabic", () => {
    expect(WILAYAS.map((wilaya) => wilaya.code)).toEqual(Array.from({ length: 58 }, (_, i) => String(i + 1).padStart(2, "0")))
    for (const wilaya of WILAYAS) {
      expect(wilaya.name_fr).toMatch(/\S/)
      expect(wilaya.name_ar).toMatch(/[\u0600-\u06ff]/)
    }
  })

  it("has 1 541 communes, each attached to exactly one existing wilaya, with unique ids", () => {
    expect(COMMUNES).toHaveLength(1541)
    expect(new Set(COMMUNES.map((commune) => commune.id)).size).toBe(1541)
    const codes = new Set(WILAYAS.map((wilaya) => wilaya.code))
    for (const commune of COMMUNES) expect(codes.has(commune.wilaya_code)).toBe(true)
    for (const wilaya of WILAYAS) expect(COMMUNES.some((commune) => commune.wilaya_code === wilaya.code)).toBe(true)
  })

  it("names every commune in Arabic and gives most a five-digit postal code", () => {
    expect(COMMUNES.every((commune) => /[\u0600-\u06ff]/.test(commune.name_ar))).toBe(true)
    const withCode = COMMUNES.filter((commune) => commune.postal_code !== null)
    expect(withCode.every((commune) => /^\d{5}$/.test(commune.postal_code!))).toBe(true)
    expect(withCode.length).toBeGreaterThanOrEqual(1490)
  })

  it("puts the communes of the 2019 wilayas under them (Timimoun, Touggourt, Djanet…)", () => {
    expect(communesInEffect("49").map((commune) => commune.name_fr)).toContain("Timimoun")
    expect(communesInEffect("55").map((commune) => commune.name_fr)).toContain("Touggourt")
    expect(communesInEffect("56").map((commune) => commune.name_fr)).toContain("Djanet")
    expect(communesInEffect("01").map((commune) => commune.name_fr)).not.toContain("Timimoun")
  })

  it("finds Alger Centre in Alger with its postal code", () => {
    expect(findWilaya("16")).toMatchObject({ name_fr: "Alger", name_ar: "الجزائر" })
    expect(communesInEffect("16")).toContainEqual(expect.objectContaining({ name_fr: "Alger Centre", postal_code: "16000" }))
  })
})
