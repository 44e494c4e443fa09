import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { technicianFeed, type FeedVisit } from "../technician-feed"

const visit = (id: string, startsAt: string): FeedVisit => ({
  id,
  starts_at: startsAt,
  ends_at: new Date(Date.parse(startsAt) + 90 * 60_000).toISOString(),
  status: "confirmed",
  sequence: 1,
  fault_label: "Pas de chauffage",
  description: "Chaudière en sécurité",
  address_1: "3 rue Larbi Ben M'hidi",
  commune: "Alger Centre",
  wilaya_code: "16",
  contact_first_name: "Samia",
  contact_last_name: "Kaci",
  contact_phone: "+213550123456",
})

/** ical.js is an ES module; this test file is CommonJS. */
async function parse(text: string) {
  const { default: ICAL } = await import("ical.js")
  return { ICAL, calendar: new ICAL.Component(ICAL.parse(text)) }
}

describe("the technician's calendar feed", () => {
  it("is one published calendar with an event per visit, the customer's phone in it", async () => {
    const { ICAL, calendar } = await parse(technicianFeed("Sofiane Belkacem", [visit("appt_A", "2027-01-05T08:00:00.000Z"), visit("appt_B", "2027-01-05T10:30:00.000Z")]))
    assert.equal(calendar.getFirstPropertyValue("method"), "PUBLISH")
    const events = calendar.getAllSubcomponents("vevent").map((event) => new ICAL.Event(event))
    assert.deepEqual(events.map((event) => event.uid), ["appt_A@mj-chauffage.dz", "appt_B@mj-chauffage.dz"])
    assert.equal(events[0]!.startDate.toJSDate().toISOString(), "2027-01-05T08:00:00.000Z")
    assert.match(events[0]!.description, /\+213550123456/)
  })

  it("is a valid empty calendar when there is no visit", async () => {
    const { calendar } = await parse(technicianFeed("Yacine Hamidi", []))
    assert.equal(calendar.getAllSubcomponents("vevent").length, 0)
    assert.equal(calendar.getFirstPropertyValue("method"), "PUBLISH")
  })
})
