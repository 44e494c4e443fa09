import assert from "node:assert/strict"
import { describe, it } from "node:test"
import fc from "fast-check"
import { countSms } from "@mj-chauffage/shop-kernel/sms"
import { fitSms, reminderSms, technicianAssignedSms, technicianUnassignedSms, type VisitForTechnician } from "../visit-sms"

// Wednesday 9 December 2026, 09:00–10:30 in Algiers (UTC+1): "mercredi"/"الأربعاء", the longest weekday names.
const VISIT: VisitForTechnician = {
  starts_at: "2026-12-09T08:00:00Z",
  ends_at: "2026-12-09T09:30:00Z",
  contact_first_name: "Samia",
  contact_last_name: "Kaci",
  contact_phone: "+213550123456",
  address_1: "3 rue Larbi Ben M'hidi",
  commune: "Alger Centre",
  wilaya_code: "16",
}
const SHORT_LINK = "https://mj-chauffage.dz/r/K7Q2XB"
// The signed manage link as e-mails carry it today: far too long for an SMS budget.
const SIGNED_LINK = `https://mj-chauffage.dz/fr/reparation/rendez-vous/appt_01KBXYZABCDEFGHJKMNPQRSTVW?token=v1.${"x".repeat(96)}.${"y".repeat(43)}`

describe("the customer's reminder SMS", () => {
  it("French: the day, the Algiers time window, the manage link when short — one GSM-7 segment", () => {
    const text = reminderSms({ ...VISIT, locale: "fr" }, SHORT_LINK)
    assert.equal(text, `MJ Chauffage : rappel, votre technicien passe demain mercredi 09/12 entre 09:00 et 10:30. Voir, déplacer ou annuler : ${SHORT_LINK}`)
    assert.deepEqual(countSms(text), { encoding: "GSM-7", units: 150, segments: 1 })
  })

  it("French: a link too long for two segments is left to the e-mail — one GSM-7 segment", () => {
    const text = reminderSms({ ...VISIT, locale: "fr" }, SIGNED_LINK)
    assert.equal(text, "MJ Chauffage : rappel, votre technicien passe demain mercredi 09/12 entre 09:00 et 10:30. Pour déplacer ou annuler : le lien est dans notre e-mail.")
    assert.deepEqual(countSms(text), { encoding: "GSM-7", units: 147, segments: 1 })
    assert.equal(reminderSms({ ...VISIT, locale: "fr" }), text)
  })

  it("Arabic: Western digits, 24-hour times, two UCS-2 segments with or without the short link", () => {
    const text = reminderSms({ ...VISIT, locale: "ar" })
    assert.equal(text, "MJ Chauffage: تذكير، يزوركم التقني غدا الأربعاء 09/12 بين 09:00 و10:30. للتغيير أو الإلغاء: الرابط في بريدكم الإلكتروني.")
    assert.deepEqual(countSms(text), { encoding: "UCS-2", units: 120, segments: 2 })
    assert.doesNotMatch(text, /[\u0660-\u0669]/)
    const linked = reminderSms({ ...VISIT, locale: "ar" }, SHORT_LINK)
    assert.ok(linked.endsWith(`للتغيير أو الإلغاء: ${SHORT_LINK}`))
    assert.deepEqual(countSms(linked), { encoding: "UCS-2", units: 124, segments: 2 })
    assert.equal(reminderSms({ ...VISIT, locale: "ar" }, SIGNED_LINK), text)
  })

  it("stays within two segments on every day and hour of the year, in both languages (property)", () => {
    const start = fc.integer({ min: Date.parse("2026-01-01T00:00:00Z"), max: Date.parse("2027-12-31T00:00:00Z") }).map((ms) => Math.floor(ms / 1_800_000) * 1_800_000)
    fc.assert(
      fc.property(start, fc.constantFrom("fr" as const, "ar" as const), fc.constantFrom(undefined, SHORT_LINK, SIGNED_LINK), (startMs, locale, link) => {
        const text = reminderSms({ starts_at: new Date(startMs), ends_at: new Date(startMs + 90 * 60_000), locale }, link)
        const count = countSms(text)
        return count.segments <= 2 && (locale === "ar" || count.encoding === "GSM-7") && !/[\u0660-\u0669]/.test(text)
      })
    )
  })
})

describe("the technician's SMS", () => {
  it("a new visit, in French: when, where, whom to call, the address and fault — two GSM-7 segments", () => {
    const text = technicianAssignedSms("assigned", VISIT, "Pas de chauffage", "fr")
    assert.equal(
      text,
      "MJ Chauffage : nouvelle visite mercredi 09/12 de 09:00 à 10:30, Alger Centre (16). Client : Samia Kaci, +213550123456. Adresse : 3 rue Larbi Ben M'hidi. Panne : Pas de chauffage. Détails dans Mes interventions."
    )
    assert.deepEqual(countSms(text), { encoding: "GSM-7", units: 210, segments: 2 })
  })

  it("a visit reassigned to them says so", () => {
    const text = technicianAssignedSms("reassigned", VISIT, "Pas de chauffage", "fr")
    assert.match(text, /^MJ Chauffage : une visite vous est réassignée, mercredi 09\/12 de 09:00 à 10:30, Alger Centre \(16\)\. Client : Samia Kaci, \+213550123456\./)
    assert.deepEqual(countSms(text), { encoding: "GSM-7", units: 226, segments: 2 })
  })

  it("in Arabic it keeps the essentials within two UCS-2 segments and drops what does not fit", () => {
    const text = technicianAssignedSms("reassigned", VISIT, "لا تدفئة", "ar")
    assert.equal(text, "MJ Chauffage: أسندت إليك زيارة الأربعاء 09/12 من 09:00 إلى 10:30، Alger Centre (16). الزبون: Samia Kaci، +213550123456.")
    assert.deepEqual(countSms(text), { encoding: "UCS-2", units: 119, segments: 2 })
    assert.deepEqual(countSms(technicianAssignedSms("assigned", VISIT, "لا تدفئة", "ar")), { encoding: "UCS-2", units: 131, segments: 2 })
  })

  it("a French name or place outside GSM-7 turns the message UCS-2; the optional parts give way", () => {
    const text = technicianAssignedSms("assigned", { ...VISIT, commune: "Aïn Taya", contact_first_name: "François" }, "Pas de chauffage", "fr")
    assert.match(text, /Client : François Kaci, \+213550123456\./)
    assert.equal(countSms(text).encoding, "UCS-2")
    assert.ok(countSms(text).segments <= 2)
  })

  it("the technician a visit was taken from is told which one — one GSM-7 segment", () => {
    const text = technicianUnassignedSms(VISIT, "fr")
    assert.equal(text, "MJ Chauffage : la visite du mercredi 09/12 de 09:00 à 10:30, Alger Centre (16), ne vous est plus confiée.")
    assert.deepEqual(countSms(text), { encoding: "GSM-7", units: 105, segments: 1 })
    assert.deepEqual(countSms(technicianUnassignedSms(VISIT, "ar")), { encoding: "UCS-2", units: 92, segments: 2 })
  })
})

describe("fitSms", () => {
  it("keeps every required part, and the first alternative of an optional part that fits", () => {
    assert.equal(fitSms(1, ["a".repeat(150), [" too long for one segment", " short"], [" x"]]), `${"a".repeat(150)} short x`)
    assert.equal(fitSms(1, ["a".repeat(170), [" b"]]), "a".repeat(170))
  })
})
