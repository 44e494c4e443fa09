import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { HANDLE_PATTERN, handleFrom } from "../handle"

describe("handle", () => {
  it("is the French name without accents, in lower case, words joined by dashes", () => {
    assert.equal(handleFrom("Blida et Tipaza"), "blida-et-tipaza")
    assert.equal(handleFrom("Boumerdès"), "boumerdes")
    assert.equal(handleFrom("  Pas d'eau chaude ! "), "pas-d-eau-chaude")
    assert.equal(handleFrom("Code erreur à l'écran"), "code-erreur-a-l-ecran")
  })

  it("always matches the handle pattern, or is empty when nothing Latin is left", () => {
    for (const name of ["Alger", "Zone 2 — Est", "x".repeat(100), "a - - b"]) assert.match(handleFrom(name), HANDLE_PATTERN, name)
    assert.equal(handleFrom("الجزائر"), "")
    assert.ok(handleFrom("mot ".repeat(40)).length <= 60)
    assert.doesNotMatch("Alger", HANDLE_PATTERN)
  })
})
