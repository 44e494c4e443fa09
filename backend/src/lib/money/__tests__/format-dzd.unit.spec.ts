import { formatDzd, shopLocale } from "../format-dzd"

const nbsp = (text: string) => text.replace(/ /g, "\u00a0")

describe("formatDzd", () => {
  it.each([
    [12500, "fr", "12 500 DA"],
    [12500, "ar", "12 500 د.ج"],
    [600, "fr", "600 DA"],
    [0, "fr", "0 DA"],
    [1234567, "fr", "1 234 567 DA"],
    [12500.5, "fr", "12 500,50 DA"],
    [1995.798319, "ar", "1 995,80 د.ج"],
    [99.999, "fr", "100 DA"],
    [-600, "fr", "-600 DA"],
  ] as const)("%p in %s → %s", (amount, locale, expected) => {
    expect(formatDzd(amount, locale)).toBe(nbsp(expected))
  })

  it("keeps Western digits in Arabic", () => {
    expect(formatDzd(1234, "ar")).toMatch(/^[0-9\u00a0]+\u00a0د\.ج$/)
  })

  it("refuses what is not an amount", () => {
    expect(() => formatDzd(Number.NaN, "fr")).toThrow()
  })

  it("reads the shop locale: Arabic variants are Arabic, everything else French", () => {
    expect(shopLocale("ar")).toBe("ar")
    expect(shopLocale("ar-DZ")).toBe("ar")
    expect(shopLocale("fr-DZ")).toBe("fr")
    expect(shopLocale(undefined)).toBe("fr")
  })
})
