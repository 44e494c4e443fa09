import fc from "fast-check"
import { buildVocabulary, closestWord, correctQuery, normalizeWord, similarity, trigramsOf, wordsOf } from "../word-correction"

const CATALOGUE = [
  "Thermostat d'ambiance Saunier Duval Exacontrol",
  "Vase d'expansion Beretta 8 L",
  "Circulateur Saunier Duval Thema Condens",
  "Pompe Vaillant ecoTEC plus",
  "Électrode d'allumage et d'ionisation Vaillant",
  "مضخة تدوير فايلانت",
  "خزان تمدد بيريتا",
]
const vocabulary = buildVocabulary(CATALOGUE)

describe("word correction against the catalogue's words", () => {
  it.each([
    ["exacontol", "Exacontrol"],
    ["expension", "expansion"],
    ["circulatuer", "Circulateur"],
    ["vailant", "Vaillant"],
    ["electrod", "Électrode"],
  ])("%s → %s", (typed, expected) => {
    expect(closestWord(typed, vocabulary)).toBe(expected)
  })

  it("leaves known words (accents and case aside), short words, numbers and strangers alone", () => {
    expect(closestWord("electrode", vocabulary)).toBeNull()
    expect(closestWord("BERETTA", vocabulary)).toBeNull()
    expect(closestWord("vse", vocabulary)).toBeNull()
    expect(closestWord("8900", vocabulary)).toBeNull()
    expect(closestWord("ordinateur", vocabulary)).toBeNull()
  })

  it("corrects a query word by word, keeping the rest, or says nothing changed", () => {
    expect(correctQuery("vase d'expension beretta", vocabulary)).toBe("vase d expansion beretta")
    expect(correctQuery("pompe vailant ecotec", vocabulary)).toBe("pompe Vaillant ecotec")
    expect(correctQuery("vase expansion beretta", vocabulary)).toBeNull()
  })

  it("corrects Arabic with its vowel marks dropped", () => {
    expect(closestWord("مُضخة", vocabulary)).toBeNull()
    expect(closestWord("تدوبر", vocabulary)).toBe("تدوير")
    expect(closestWord("والمضخة", vocabulary)).toBe("مضخة")
    expect(closestWord("بمضخة", vocabulary)).toBe("مضخة")
  })

  it("measures similarity as pg_trgm does", () => {
    expect([...trigramsOf("ab")]).toEqual(["  a", " ab", "ab "])
    expect(similarity(trigramsOf("expension"), trigramsOf("expansion"))).toBeCloseTo(7 / 13)
  })

  it("never turns a catalogue word into another, and only ever answers a catalogue word", () => {
    const word = fc.stringMatching(/^[a-zé]{1,10}$/)
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), word, (words, typed) => {
        const built = buildVocabulary([words.join(" ")])
        for (const known of words) expect(closestWord(known, built)).toBeNull()
        const closest = closestWord(typed, built)
        if (closest !== null) expect(words.map(normalizeWord)).toContain(normalizeWord(closest))
      })
    )
  })

  it("splits words as the search does", () => {
    expect(wordsOf("d'expansion, 8 L — ecoTEC")).toEqual(["d", "expansion", "8", "L", "ecoTEC"])
  })
})
