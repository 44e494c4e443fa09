import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { appointmentIcs, type AppointmentForCalendar } from "../appointment-ics"

const visit: AppointmentForCalendar = {
  id: "appt_01TEST",
  starts_at: "2026-12-07T08:00:00.000Z",
  ends_at: "2026-12-07T09:30:00.000Z",
  status: "confirmed",
  sequence: 2,
  fault_label: "Pas de chauffage",
  description: "Chaudière en sécurité, code F28 — صيانة",
  address_1: "3 rue Larbi Ben M'hidi",
  commune: "Alger Centre",
  wilaya_code: "16",
  contact_first_name: "Samia",
  contact_last_name: "Kaci",
  contact_email: "samia@example.dz",
}

/** ical.js is an ES module; this test file is CommonJS. */
async function parse(text: string) {
  const { default: ICAL } = await import("ical.js")
  const calendar = new ICAL.Component(ICAL.parse(text))
  return { calendar, event: calendar.getFirstSubcomponent("vevent")! }
}

describe("appointmentIcs", () => {
  it("writes an RFC 5545 event with the required properties, in UTC", async () => {
    const text = appointmentIcs(visit)
    assert.match(text, /\r\n/)
    const { calendar, event } = await parse(text)
    assert.equal(calendar.getFirstPropertyValue("method"), "REQUEST")
    assert.equal(event.getFirstPropertyValue("uid"), "appt_01TEST@mj-chauffage.dz")
    assert.equal(event.getFirstPropertyValue("sequence"), 2)
    assert.equal(event.getFirstPropertyValue("status"), "CONFIRMED")
    assert.match(text, /DTSTART:20261207T080000Z/)
    assert.match(text, /DTEND:20261207T093000Z/)
    assert.ok(event.getFirstPropertyValue("dtstamp"))
    assert.match(String(event.getFirstPropertyValue("organizer")), /rendez-vous@mj-chauffage\.dz/i)
    assert.match(String(event.getFirstPropertyValue("attendee")), /samia@example\.dz/i)
    assert.equal(event.getFirstPropertyValue("location"), "3 rue Larbi Ben M'hidi, Alger Centre (16)")
    assert.equal(event.getFirstPropertyValue("description"), visit.description)
  })

  it("cancels with the same UID and the sequence it is given", async () => {
    const { calendar, event } = await parse(appointmentIcs({ ...visit, status: "cancelled", sequence: 3 }))
    assert.equal(calendar.getFirstPropertyValue("method"), "CANCEL")
    assert.equal(event.getFirstPropertyValue("status"), "CANCELLED")
    assert.equal(event.getFirstPropertyValue("uid"), "appt_01TEST@mj-chauffage.dz")
    assert.equal(event.getFirstPropertyValue("sequence"), 3)
  })

  it("titles the event in the customer's language", async () => {
    assert.equal((await parse(appointmentIcs(visit))).event.getFirstPropertyValue("summary"), "Dépannage chaudière — Pas de chauffage")
    const arabic = await parse(appointmentIcs({ ...visit, locale: "ar", fault_label: "لا توجد تدفئة" }))
    assert.equal(arabic.event.getFirstPropertyValue("summary"), "إصلاح الغلاية — لا توجد تدفئة")
  })
})
