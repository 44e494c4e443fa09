import assert from "node:assert/strict"
import { describe, it } from "node:test"
import fc from "fast-check"
import { SMS_CAPACITY, countSms, smsEncoding } from "../sms"

const repeat = (char: string, times: number) => char.repeat(times)

describe("SMS encoding", () => {
  it("keeps French written with GSM-7's accents in GSM-7", () => {
    assert.equal(smsEncoding("Rappel : technicien demain à 09:00, frais payés à l'arrivée. Où ? Alger-Centre"), "GSM-7")
    assert.equal(smsEncoding("ÉÇÄÖÑÜäöñüàèéùìò@£$¥§¿¡\n\r"), "GSM-7")
  })

  it("switches to UCS-2 for any character outside GSM-7: Arabic, ç, ê, â, typographic quotes, no-break space, emoji", () => {
    for (const text of ["موعد", "reçu", "fenêtre", "château", "l’heure", "12\u00a0500", "ok 👍"]) assert.equal(smsEncoding(text), "UCS-2", text)
  })

  it("counts the extension table's characters as two septets", () => {
    assert.deepEqual(countSms("€"), { encoding: "GSM-7", units: 2, segments: 1 })
    assert.equal(countSms("[]{}\\^~|\f").units, 18)
  })
})

describe("SMS segments", () => {
  it("GSM-7: 160 septets in one segment, then parts of 153", () => {
    assert.deepEqual(countSms(repeat("a", 160)), { encoding: "GSM-7", units: 160, segments: 1 })
    assert.deepEqual(countSms(repeat("a", 161)), { encoding: "GSM-7", units: 161, segments: 2 })
    assert.equal(countSms(repeat("a", 306)).segments, 2)
    assert.equal(countSms(repeat("a", 307)).segments, 3)
    assert.equal(countSms(repeat("€", 80)).segments, 1)
    assert.equal(countSms(repeat("€", 81)).segments, 2)
  })

  it("UCS-2: 70 code units in one segment, then parts of 67", () => {
    assert.deepEqual(countSms(repeat("ب", 70)), { encoding: "UCS-2", units: 70, segments: 1 })
    assert.deepEqual(countSms(repeat("ب", 71)), { encoding: "UCS-2", units: 71, segments: 2 })
    assert.equal(countSms(repeat("ب", 134)).segments, 2)
    assert.equal(countSms(repeat("ب", 135)).segments, 3)
  })

  it("UCS-2 counts UTF-16 code units: an emoji is two", () => {
    assert.deepEqual(countSms(repeat("😀", 35)), { encoding: "UCS-2", units: 70, segments: 1 })
    assert.deepEqual(countSms(repeat("😀", 35) + "a"), { encoding: "UCS-2", units: 71, segments: 2 })
  })

  it("never splits an escaped character or a surrogate pair across two parts", () => {
    // 306 septets would fit two parts, but the € cannot straddle the first part's end.
    assert.deepEqual(countSms(repeat("a", 152) + "€" + repeat("a", 152)), { encoding: "GSM-7", units: 306, segments: 3 })
    assert.deepEqual(countSms(repeat("ب", 66) + "😀" + repeat("ب", 66)), { encoding: "UCS-2", units: 134, segments: 3 })
  })

  it("sends an empty text as one segment", () => {
    assert.deepEqual(countSms(""), { encoding: "GSM-7", units: 0, segments: 1 })
  })
})

describe("SMS segment properties", () => {
  // Characters from both tables and beyond, so that texts mix encodings and unit sizes.
  const char = fc.constantFrom("a", "Z", "7", " ", "é", "à", "\n", "€", "[", "^", "ç", "ê", "ب", "ع", "😀", "’")
  const text = fc.array(char, { maxLength: 400 }).map((chars) => chars.join(""))

  it("holds the text: the segments' capacity covers its units, and no fewer segments could", () => {
    fc.assert(
      fc.property(text, (value) => {
        const { encoding, units, segments } = countSms(value)
        const capacity = SMS_CAPACITY[encoding]
        if (segments === 1) return units <= capacity.single
        return units > capacity.single && segments >= Math.ceil(units / capacity.part) && segments <= Math.ceil(units / (capacity.part - 1))
      })
    )
  })

  it("is the plain division when every character is one unit", () => {
    const single = fc.array(fc.constantFrom("a", "é", " ", "ب", "ç"), { maxLength: 400 }).map((chars) => chars.join(""))
    fc.assert(
      fc.property(single, (value) => {
        const { encoding, units, segments } = countSms(value)
        const capacity = SMS_CAPACITY[encoding]
        return units === value.length && segments === (units <= capacity.single ? 1 : Math.ceil(units / capacity.part))
      })
    )
  })

  it("never costs less when text is added", () => {
    fc.assert(fc.property(text, text, (start, more) => countSms(start + more).segments >= countSms(start).segments))
  })
})
