import assert from "node:assert/strict"
import { test } from "node:test"
import fc from "fast-check"
import { BOOKING_WEEKS, bookingQuery, bookingStep, readBookingChoice } from "../booking-choice"

test("each step asks for what is still missing, in order", () => {
  const empty = readBookingChoice({})
  assert.equal(bookingStep(empty, false), "place")
  assert.equal(bookingStep(readBookingChoice({ wilaya: "16" }), false), "place")
  assert.equal(bookingStep(readBookingChoice({ wilaya: "16", commune: "Alger Centre" }), false), "fault")
  const withFault = { wilaya: "16", commune: "Alger Centre", panne: "bfault_01JABCDEFGH" }
  assert.equal(bookingStep(readBookingChoice(withFault), false), "slot")
  const full = readBookingChoice({ ...withFault, creneau: "2026-12-08T08:00:00.000Z" })
  assert.equal(bookingStep(full, false), "details")
  assert.equal(bookingStep(full, true), "review")
})

test("a forged query string is ignored, never passed on", () => {
  const choice = readBookingChoice({ wilaya: "16' OR 1=1", commune: ["a", "b"], panne: "../admin", creneau: "demain", semaine: "99" })
  assert.deepEqual(choice, { wilaya: null, commune: null, fault: null, week: BOOKING_WEEKS - 1, slot: null })
  assert.equal(readBookingChoice({ semaine: "-3" }).week, 0)
  assert.equal(readBookingChoice({ creneau: "2026-12-08T09:00:00+01:00" }).slot, "2026-12-08T08:00:00.000Z")
})

test("a choice survives the round trip through its query string", () => {
  fc.assert(
    fc.property(
      fc.record({
        wilaya: fc.constantFrom("16", "09", "31"),
        commune: fc.string({ minLength: 1, maxLength: 40 }).filter((text) => text.trim() === text && text.length > 0),
        fault: fc.constantFrom("bfault_01JABCDEFGH", "bfault_XYZ123456"),
        week: fc.integer({ min: 0, max: BOOKING_WEEKS - 1 }),
        slot: fc.date({ min: new Date("2026-01-01"), max: new Date("2030-01-01"), noInvalidDate: true }).map((date) => date.toISOString()),
      }),
      (choice) => {
        const query = Object.fromEntries(new URLSearchParams(bookingQuery(choice).slice(1)))
        assert.deepEqual(readBookingChoice(query), { ...choice })
      }
    )
  )
})
