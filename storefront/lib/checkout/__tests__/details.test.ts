import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { readCheckoutDetails } from "../details"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.set(key, value)
  return data
}

const VALID = {
  first_name: "Karim",
  last_name: "Benali",
  email: "Karim@Example.dz",
  phone: "0550 12 34 56",
  wilaya: "16",
  commune: "Alger Centre",
  address_1: "12 rue Didouche Mourad",
  delivery: "home",
}

describe("readCheckoutDetails", () => {
  it("accepts a complete home delivery and normalises the phone and e-mail", () => {
    const { details, errors } = readCheckoutDetails(form(VALID))
    assert.deepEqual(errors, [])
    assert.equal(details.phone, "+213550123456")
    assert.equal(details.email, "karim@example.dz")
    assert.equal(details.stop_desk_id, null)
  })

  it("names every missing or wrong field", () => {
    const { errors } = readCheckoutDetails(form({ ...VALID, first_name: " ", email: "karim@", phone: "12345", wilaya: "alger", commune: "", address_1: "" }))
    assert.deepEqual(errors, ["first_name", "email", "phone", "wilaya", "commune", "address_1"])
  })

  it("needs a stop-desk, not a street, for stop-desk delivery", () => {
    assert.deepEqual(readCheckoutDetails(form({ ...VALID, address_1: "", delivery: "stopdesk" })).errors, ["stop_desk_id"])
    const { details, errors } = readCheckoutDetails(form({ ...VALID, address_1: "", delivery: "stopdesk", stop_desk_id: "sd-16-1" }))
    assert.deepEqual(errors, [])
    assert.equal(details.stop_desk_id, "sd-16-1")
  })

  it("refuses an unknown delivery mode", () => {
    assert.deepEqual(readCheckoutDetails(form({ ...VALID, delivery: "drone" })).errors, ["delivery"])
  })
})
