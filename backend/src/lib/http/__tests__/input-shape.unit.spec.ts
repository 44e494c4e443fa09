import fc from "fast-check"
import { MAX_INPUT_DEPTH, describeInputProblem, inputShapeProblem, localeProblem, localeQueryProblem, pageProblem } from "../input-shape"

/** `{ a: { a: … "leaf" } }`, `levels` objects deep, built without recursion. */
const nested = (levels: number) => {
  let value: unknown = "leaf"
  for (let level = 0; level < levels; level++) value = { a: value }
  return value
}

describe("inputShapeProblem", () => {
  it("accepts ordinary bodies and query strings", () => {
    expect(inputShapeProblem({ email: "karim@example.dz", items: [{ variant_id: "variant_1", quantity: 2 }], metadata: { a: { b: 1 } } }, "body")).toBeNull()
    expect(inputShapeProblem({ q: "ariston 65104", fields: "*variants" }, "query")).toBeNull()
    expect(inputShapeProblem(undefined, "body")).toBeNull()
  })

  it("refuses a NUL character in a value or a key, at any depth", () => {
    expect(inputShapeProblem({ email: "a\u0000@b.dz" }, "body")).toEqual({ field: "body.email", problem: "nul_character" })
    expect(inputShapeProblem({ metadata: { ["k\u0000"]: 1 } }, "body")).toEqual({ field: "body.metadata", problem: "nul_character" })
    expect(inputShapeProblem({ items: [{ title: "ok" }, { title: "x\u0000" }] }, "body")).toEqual({ field: "body.items.1.title", problem: "nul_character" })
  })

  it("refuses nesting deeper than the limit, even a hundred thousand levels, without overflowing", () => {
    expect(inputShapeProblem(nested(MAX_INPUT_DEPTH), "body")).toBeNull()
    expect(inputShapeProblem(nested(MAX_INPUT_DEPTH + 1), "body")?.problem).toBe("too_deep")
    expect(inputShapeProblem(nested(100_000), "body")?.problem).toBe("too_deep")
  })

  it("property: any JSON value without NUL within the depth limit is accepted; adding a NUL anywhere is refused", () => {
    const noNul = fc.string().filter((text) => !text.includes("\u0000"))
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: "small" }, noNul, fc.integer(), fc.boolean(), fc.constant(null), fc.array(tie("value"), { maxLength: 3 }), fc.dictionary(noNul, tie("value"), { maxKeys: 3 })),
    })).value
    fc.assert(fc.property(json, (value) => inputShapeProblem(value, "body") === null))
    fc.assert(fc.property(json, noNul, noNul, (value, before, after) => inputShapeProblem({ value, text: `${before}\u0000${after}` }, "body")?.problem === "nul_character"))
  })
})

describe("pageProblem", () => {
  it("accepts whole numbers from 0, refuses negatives, fractions, words and huge numbers", () => {
    expect(pageProblem({})).toBeNull()
    expect(pageProblem({ offset: "0", limit: "20" })).toBeNull()
    expect(pageProblem({ offset: "-1" })).toEqual({ field: "offset", problem: "not_a_page_number" })
    expect(pageProblem({ limit: "-5" })).toEqual({ field: "limit", problem: "not_a_page_number" })
    expect(pageProblem({ limit: "2.5" })?.field).toBe("limit")
    expect(pageProblem({ limit: "ten" })?.field).toBe("limit")
    expect(pageProblem({ offset: "99999999999" })?.field).toBe("offset")
    expect(pageProblem({ offset: ["1", "2"] })?.field).toBe("offset")
  })

  it("caps a page's size where asked (the Store API: 100)", () => {
    expect(pageProblem({ limit: "100" }, 100)).toBeNull()
    expect(pageProblem({ limit: "101" }, 100)).toEqual({ field: "limit", problem: "page_too_large" })
    expect(pageProblem({ limit: "5000" })).toBeNull()
    expect(describeInputProblem({ field: "limit", problem: "page_too_large" })).toBe("limit may be at most 100: read the next page with offset.")
  })

  it("says what is wrong in words a developer can act on", () => {
    expect(describeInputProblem({ field: "offset", problem: "not_a_page_number" })).toBe("offset must be a whole number from 0.")
  })
})

describe("localeProblem", () => {
  it("accepts no locale or one language tag", () => {
    for (const locale of [undefined, "ar-DZ", "fr", "zh-Hans-CN", "ar-dz"]) expect(localeProblem({ locale })).toBeNull()
  })

  it("refuses a repeated, nested or malformed locale", () => {
    for (const locale of [["ar-DZ", "fr"], { code: "ar" }, "", "ar DZ", "<script>", "ar-DZ-x-y-z-w"]) {
      expect(localeProblem({ locale })).toEqual({ field: "locale", problem: "not_a_locale" })
    }
    expect(describeInputProblem({ field: "locale", problem: "not_a_locale" })).toBe("locale must be one language tag, such as ar-DZ.")
  })
})

describe("localeQueryProblem", () => {
  const refused = { field: "locale", problem: "not_a_locale" }

  it("lets through Store API URLs without a locale or with one language tag, and every other path", () => {
    for (const url of ["/store/products", "/store/products?handle=a&limit=5", "/store/products?locale=ar-DZ&fields=id", "/admin/products?locale[]=x", "/health"]) {
      expect(localeQueryProblem(url)).toBeNull()
    }
  })

  it("refuses a repeated, bracketed (even percent-encoded) or malformed Store API locale", () => {
    for (const url of [
      "/store/products?locale=ar-DZ&locale=fr",
      "/store/products?locale[]=ar-DZ",
      "/store/products?locale%5Bcode%5D=ar",
      "/store/product-categories?locale=",
      "/store/products?locale=%3Cscript%3E",
    ]) {
      expect(localeQueryProblem(url)).toEqual(refused)
    }
  })
})
