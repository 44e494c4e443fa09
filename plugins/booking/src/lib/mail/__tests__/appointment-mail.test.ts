import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { appointmentMail, type AppointmentForMail } from "../appointment-mail"

const VISIT: AppointmentForMail = {
  locale: "fr",
  // Monday 7 December 2026, 09:00–10:30 in Algiers (UTC+1).
  starts_at: "2026-12-07T08:00:00Z",
  ends_at: "2026-12-07T09:30:00Z",
  contact_first_name: "Karim",
  address_1: "12 rue Didouche Mourad",
  commune: "Alger Centre",
  wilaya_code: "16",
}
const FAULT = { label_fr: "Pas d'eau chaude", label_ar: "لا يوجد ماء ساخن", visit_fee: 2500 }
const URL = "https://mj-chauffage.dz/fr/reparation/rendez-vous/appt_01?token=abc"

describe("appointmentMail", () => {
  it("confirms a booking in French with the Algiers time, the fee and the manage link", () => {
    const mail = appointmentMail("booked", VISIT, FAULT, URL)
    assert.equal(mail.subject, "Votre rendez-vous de dépannage est confirmé")
    assert.match(mail.text, /Date : lundi 7 décembre 2026, de 09:00 à 10:30/)
    assert.match(mail.text, /Adresse : 12 rue Didouche Mourad, Alger Centre \(16\)/)
    assert.match(mail.text, /Frais de déplacement : 2\u00a0500\u00a0DA/)
    assert.ok(mail.text.includes(`Voir, déplacer ou annuler le rendez-vous : ${URL}`))
    assert.match(mail.html, /dir="ltr"/)
  })

  it("writes Arabic right to left, Western digits, the Arabic fault label", () => {
    const mail = appointmentMail("rescheduled", { ...VISIT, locale: "ar" }, FAULT, URL)
    assert.equal(mail.subject, "تم تغيير موعد الإصلاح")
    assert.match(mail.html, /<html lang="ar" dir="rtl">/)
    assert.match(mail.text, /لا يوجد ماء ساخن/)
    assert.match(mail.text, /09:00/)
    assert.doesNotMatch(mail.text, /[\u0660-\u0669]/)
  })

  it("says why a visit was cancelled and offers no manage link", () => {
    const mail = appointmentMail("cancelled", { ...VISIT, cancellation_reason: "Chaudière réparée entre-temps" }, FAULT, URL)
    assert.equal(mail.subject, "Votre rendez-vous de dépannage est annulé")
    assert.match(mail.text, /Raison : Chaudière réparée entre-temps/)
    assert.ok(!mail.text.includes(URL))
  })
})

describe("the day-before reminder e-mail", () => {
  it("reminds in French with the time, the fee, the change rule and the manage link, without a calendar file line", () => {
    const mail = appointmentMail("reminder", VISIT, FAULT, URL)
    assert.equal(mail.subject, "Rappel : votre rendez-vous de dépannage est demain")
    assert.match(mail.text, /^MJ Chauffage.*\n\nBonjour Karim,\nRappel : un technicien MJ Chauffage viendra chez vous demain :/)
    assert.match(mail.text, /Date : lundi 7 décembre 2026, de 09:00 à 10:30/)
    assert.match(mail.text, /Frais de déplacement : 2\u00a0500\u00a0DA/)
    assert.ok(mail.text.includes(`Voir, déplacer ou annuler le rendez-vous : ${URL}`))
    assert.doesNotMatch(mail.text, /joint à ce message/)
  })

  it("reminds in Arabic, right to left", () => {
    const mail = appointmentMail("reminder", { ...VISIT, locale: "ar" }, FAULT, URL)
    assert.equal(mail.subject, "تذكير: موعد الإصلاح غدا")
    assert.match(mail.html, /<html lang="ar" dir="rtl">/)
    assert.match(mail.text, /تذكير: سيأتي تقني من MJ Chauffage إلى منزلك غدا:/)
    assert.doesNotMatch(mail.text, /مرفق/)
  })
})
