import assert from "node:assert/strict"
import { test } from "node:test"
import { tokenActor } from "../token-actor"

const token = (payload: object) => `eyJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify(payload)).toString("base64url")}.c2lnbmF0dXJl`

test("a customer's token names the customer; a login without a customer yet names nobody", () => {
  assert.equal(tokenActor(token({ actor_id: "cus_01ABC", actor_type: "customer" })), "cus_01ABC")
  assert.equal(tokenActor(token({ actor_id: "", actor_type: "customer" })), "")
  assert.equal(tokenActor(token({ actor_type: "customer" })), "")
})

test("something that is not a token names nobody", () => {
  assert.equal(tokenActor("pas-un-jeton"), "")
  assert.equal(tokenActor("a.%%%.c"), "")
})
