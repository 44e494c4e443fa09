import fc from "fast-check"
import { checkProductReferences, productReferencesOf, referencesMetadataPatch } from "../product-references"
import { normalizePartNumber } from "../part-search"

const check = (part_numbers: string[], compatible_models: string[] = []) => checkProductReferences({ part_numbers, compatible_models })
const codeOf = (result: ReturnType<typeof checkProductReferences>) => (result.ok ? null : result.problem.code)

describe("checkProductReferences", () => {
  it("accepts part numbers as printed and tidies their spaces", () => {
    const result = check(["S1068900", " 0020-025  741 ", "R1/0024.370"], ["Thema Condens F 25", "ecoTEC plus  VMW 246"])
    expect(result).toEqual({
      ok: true,
      value: { part_numbers: ["S1068900", "0020-025 741", "R1/0024.370"], compatible_models: ["Thema Condens F 25", "ecoTEC plus VMW 246"] },
    })
  })

  it.each([
    ["one character", "S"],
    ["41 characters", "A".repeat(41)],
    ["a letter outside the label's alphabet", "S10689é0"],
    ["a comma", "S1068,900"],
    ["separators only", "--"],
    ["a separator first", "-S1068900"],
    ["an empty chip", "   "],
  ])("refuses a part number with %s", (_why, value) => {
    expect(codeOf(check([value]))).toBe("part_number_invalid")
  })

  it("accepts the bounds: 2 and 40 characters", () => {
    expect(check(["A1", "B".repeat(40)]).ok).toBe(true)
  })

  it("refuses a part number listed twice once normalised", () => {
    const result = check(["0020025741", "0020-025 741"])
    expect(result).toMatchObject({ ok: false, problem: { code: "part_number_duplicate", value: "0020-025 741" } })
  })

  it.each([
    ["one character", "X"],
    ["81 characters", "M".repeat(81)],
    ["a control character", "Thema\u0007"],
    ["only punctuation", "--"],
  ])("refuses a model with %s", (_why, value) => {
    expect(codeOf(check([], [value]))).toBe("compatible_model_invalid")
  })

  it("refuses a model listed twice, case and dashes aside", () => {
    expect(codeOf(check([], ["Thema F 25", "thema-f-25"]))).toBe("compatible_model_duplicate")
  })

  it("accepts empty lists (a part with no known reference)", () => {
    expect(check([], [])).toEqual({ ok: true, value: { part_numbers: [], compatible_models: [] } })
  })

  it("never accepts two values with the same normalised form (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9./\- ]{1,12}$/), { maxLength: 8 }), (values) => {
        const result = check(values)
        if (!result.ok) return
        const keys = result.value.part_numbers.map(normalizePartNumber)
        expect(new Set(keys).size).toBe(keys.length)
      })
    )
  })
})

describe("productReferencesOf", () => {
  it("reads the lists saved by the widget", () => {
    expect(productReferencesOf({ part_numbers: ["A1", "B2"], mpn: "A1", compatible_models: ["Thema"] })).toEqual({ part_numbers: ["A1", "B2"], compatible_models: ["Thema"] })
  })

  it("falls back on the seed's single mpn, and on nothing", () => {
    expect(productReferencesOf({ mpn: "S1068900", compatible_models: ["Thema"] })).toEqual({ part_numbers: ["S1068900"], compatible_models: ["Thema"] })
    expect(productReferencesOf(null)).toEqual({ part_numbers: [], compatible_models: [] })
  })

  it("keeps an emptied list empty rather than reviving the old mpn", () => {
    expect(productReferencesOf({ part_numbers: [], mpn: "S1068900" }).part_numbers).toEqual([])
  })
})

describe("referencesMetadataPatch", () => {
  const variants = [{ sku: "MJ-SD-CIRC", metadata: { mpn: "S1068900" } }, null]

  it("writes the lists as typed and their normalised search forms, variant references included", () => {
    expect(referencesMetadataPatch(variants, { part_numbers: ["S1068 901", "ab-12"], compatible_models: ["Thema F 25"] })).toEqual({
      part_numbers: ["S1068 901", "ab-12"],
      mpn: "S1068 901",
      compatible_models: ["Thema F 25"],
      part_search: { skus: ["MJSDCIRC"], mpns: ["S1068901", "AB12", "S1068900"], models: ["THEMAF25"] },
    })
  })

  it("deletes the single mpn when no part number is left (Medusa drops a key set to \"\")", () => {
    expect(referencesMetadataPatch([], { part_numbers: [], compatible_models: [] }).mpn).toBe("")
  })
})
