import assert from "node:assert/strict"
import { test } from "node:test"
import { firstNameOf, storeVisitView, type StoreVisitSource } from "../store-visit-view"

const visit: StoreVisitSource & { history: unknown; blocked_from: Date } = {
  id: "appt_1",
  status: "confirmed",
  starts_at: new Date("2026-12-08T08:00:00Z"),
  ends_at: new Date("2026-12-08T09:30:00Z"),
  contact_first_name: "Leila",
  contact_last_name: "Amrani",
  contact_phone: "+213770123456",
  contact_email: "leila@example.dz",
  address_1: "9 rue Ali Boumendjel",
  commune: "Alger Centre",
  wilaya_code: "16",
  zone_id: "bzone_1",
  fault_type_id: "bfault_1",
  boiler_brand: null,
  boiler_model: null,
  description: "Radiateurs froids",
  cancellation_reason: null,
  locale: "fr",
  sequence: 0,
  technician_id: "tech_1",
  technician: { name: "Karim Benali" },
  history: [{ by: "user_staff" }],
  blocked_from: new Date("2026-12-08T07:30:00Z"),
}

test("a customer sees the technician's first name only, and none of the office's planning fields", () => {
  const view = storeVisitView(visit)
  assert.equal(view.technician_first_name, "Karim")
  assert.equal(view.starts_at, "2026-12-08T08:00:00.000Z")
  assert.ok(!("technician" in view))
  assert.ok(!("history" in view))
  assert.ok(!("blocked_from" in view))
})

test("a visit still waiting for a technician names nobody", () => {
  assert.equal(storeVisitView({ ...visit, status: "requested" }).technician_first_name, null)
  assert.equal(storeVisitView({ ...visit, technician: null }).technician_first_name, null)
  assert.equal(firstNameOf("  "), null)
})
