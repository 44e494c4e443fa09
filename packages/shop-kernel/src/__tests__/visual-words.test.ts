import assert from "node:assert/strict"
import { describe, it } from "node:test"
import fc from "fast-check"
import { piecesLeftToRight, wordsLeftToRight } from "../visual-words"

describe("wordsLeftToRight", () => {
  it("keeps a French line as written", () => {
    assert.deepEqual(wordsLeftToRight("Numéro de commande", "ltr"), ["Numéro", "de", "commande"])
  })

  it("draws an Arabic line from right to left", () => {
    assert.deepEqual(wordsLeftToRight("رقم الطلب", "rtl"), ["الطلب", "رقم"])
  })

  it("keeps digits and Latin runs left to right inside an Arabic line", () => {
    // "28 نوفمبر 2026 على 03:45:12" reads right to left: 28, November, 2026, at, 03:45:12.
    assert.deepEqual(wordsLeftToRight("28 نوفمبر 2026 على 03:45:12", "rtl"), ["03:45:12", "على", "2026", "نوفمبر", "28"])
    assert.deepEqual(wordsLeftToRight("المبلغ 12 500 د.ج", "rtl"), ["د.ج", "12", "500", "المبلغ"])
    assert.deepEqual(wordsLeftToRight("الرقم الأخضر CIB / Edahabia", "rtl"), ["CIB", "/", "Edahabia", "الأخضر", "الرقم"])
  })

  it("turns an Arabic phrase around inside a French line", () => {
    assert.deepEqual(wordsLeftToRight("Réponse : تم الدفع بنجاح", "ltr"), ["Réponse", ":", "بنجاح", "الدفع", "تم"])
  })

  it("gives a punctuation-only word the direction of its neighbours when they agree, else the line's", () => {
    assert.deepEqual(wordsLeftToRight("CIB / Edahabia", "rtl"), ["CIB", "/", "Edahabia"])
    assert.deepEqual(wordsLeftToRight("تم الدفع — شكرا", "ltr"), ["شكرا", "—", "الدفع", "تم"])
    assert.deepEqual(wordsLeftToRight("ببطاقة CIB — لأي", "rtl"), ["لأي", "—", "CIB", "ببطاقة"])
  })

  it("splits an Arabic word around the characters the Arabic font lacks, right to left", () => {
    assert.deepEqual(piecesLeftToRight("د.ج"), ["ج", ".", "د"])
    assert.deepEqual(piecesLeftToRight("طلبك."), [".", "طلبك"])
    assert.deepEqual(piecesLeftToRight("MJ7K2Q9X4T"), ["MJ7K2Q9X4T"])
  })

  const latinWord = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9:.\-/]{0,7}$/)
  const arabicWord = fc.stringMatching(/^[\u0627-\u064A]{1,8}$/)
  const mixedLine = fc.array(fc.oneof(latinWord, arabicWord), { minLength: 1, maxLength: 12 })

  it("draws every word once, whatever the mix (property)", () => {
    fc.assert(
      fc.property(mixedLine, fc.constantFrom("ltr" as const, "rtl" as const), (words, base) => {
        const drawn = wordsLeftToRight(words.join(" "), base)
        assert.deepEqual([...drawn].sort(), [...words].sort())
      })
    )
  })

  it("reverses a purely Arabic line and keeps a purely Latin one, in either base direction (property)", () => {
    fc.assert(
      fc.property(fc.array(arabicWord, { minLength: 1, maxLength: 10 }), fc.array(latinWord, { minLength: 1, maxLength: 10 }), (arabic, latin) => {
        for (const base of ["ltr", "rtl"] as const) {
          assert.deepEqual(wordsLeftToRight(arabic.join(" "), base), [...arabic].reverse())
          assert.deepEqual(wordsLeftToRight(latin.join(" "), base), latin)
        }
      })
    )
  })
})
