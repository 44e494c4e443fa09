import assert from "node:assert/strict"
import { test } from "node:test"
import { readEmail, readLogin, readNewPassword, readAccountCompletion } from "../account-input"

const form = (values: Record<string, string>) => (name: string) => values[name]

test("a login needs an e-mail and a password; the e-mail is compared in lower case", () => {
  assert.deepEqual(readLogin(form({ email: " Nadia@Example.DZ ", password: "x" })), { values: { email: "nadia@example.dz", password: "x" }, errors: [] })
  assert.deepEqual(readLogin(form({ email: "not-an-email" })).errors, ["email", "password"])
})

test("finishing an account checks every field and that the password was typed twice the same; the e-mail is not the form's", () => {
  const good = { email: "autre@example.dz", password: "Un-long-mot-de-passe", password_repeat: "Un-long-mot-de-passe", first_name: "Nadia", last_name: "B", phone: "0770 11 22 33" }
  const { values, errors } = readAccountCompletion(form(good))
  assert.deepEqual(errors, [])
  assert.equal(values.phone, "+213770112233")
  assert.equal("email" in values, false)
  assert.deepEqual(readAccountCompletion(form({ ...good, password_repeat: "autre", phone: "123" })).errors, ["phone", "password_repeat"])
  assert.deepEqual(readAccountCompletion(form({ ...good, password: "" })).errors, ["password"])
})

test("a new password must be typed twice the same", () => {
  assert.deepEqual(readNewPassword(form({ password: "abc", password_repeat: "abd" })).errors, ["password_repeat"])
  assert.deepEqual(readNewPassword(form({})).errors, ["password"])
  assert.deepEqual(readNewPassword(form({ password: "abc", password_repeat: "abc" })).errors, [])
})

test("the forgotten-password form needs an e-mail address, compared in lower case", () => {
  assert.equal(readEmail(form({ email: " Nadia@Example.DZ " })), "nadia@example.dz")
  assert.equal(readEmail(form({ email: "nadia" })), null)
})
