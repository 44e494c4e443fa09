import { normalizePartNumber, partNumberPrefixes, partSearchMetadata } from "../part-search"

describe("normalizePartNumber", () => {
  it.each([
    ["0020-025 741", "0020025741"],
    ["0020.025.741", "0020025741"],
    ["s1068900", "S1068900"],
    ["Thema Condens F 25", "THEMACONDENSF25"],
    ["Chaudière Élégance/24", "CHAUDIEREELEGANCE24"],
    ["  MJ_SD-CIRC  ", "MJSDCIRC"],
  ])("%s → %s", (raw, expected) => {
    expect(normalizePartNumber(raw)).toBe(expected)
  })
})

describe("partSearchMetadata", () => {
  it("normalises and de-duplicates each list", () => {
    expect(
      partSearchMetadata({ skus: ["mj-1", "MJ 1"], mpns: ["0020-025741"], models: ["Thema F 25", "thema-f-25", ""] })
    ).toEqual({ skus: ["MJ1"], mpns: ["0020025741"], models: ["THEMAF25"] })
  })
})

describe("partNumberPrefixes", () => {
  it("lists each prefix from three characters, once", () => {
    expect(partNumberPrefixes(["S10689", "S10A"])).toEqual(["S10", "S106", "S1068", "S10689", "S10A"])
  })

  it("skips part numbers shorter than a search can be", () => {
    expect(partNumberPrefixes(["AB"])).toEqual([])
  })
})
