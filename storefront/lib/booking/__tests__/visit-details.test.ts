import assert from "node:assert/strict"
import { test } from "node:test"
import { readVisitDetails } from "../visit-details"

const form = (values: Record<string, string>) => (name: string) => values[name]

test("good details come back trimmed, the phone in its one normal form", () => {
  const { details, errors } = readVisitDetails(
    form({ first_name: " Leila ", last_name: "Amrani", phone: "0770 12 34 56", email: "Leila@Example.dz", address_1: "9 rue Ali Boumendjel", description: "Radiateurs froids" })
  )
  assert.deepEqual(errors, [])
  assert.equal(details.first_name, "Leila")
  assert.equal(details.phone, "+213770123456")
  assert.equal(details.email, "leila@example.dz")
  assert.equal(details.boiler_brand, "")
})

test("each missing or wrong field is named, so the form can say which", () => {
  const { errors } = readVisitDetails(form({ phone: "12", email: "not-an-email", address_1: "x", description: "" }))
  assert.deepEqual(errors, ["first_name", "last_name", "phone", "email", "address_1", "description"])
})
