import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { refusalSentence } from "../refusal-words"
import { PERMISSIONS, STAFF_ROLES } from "../roles"

describe("the sentence a refused staff member reads", () => {
  it("names the role and what it does not allow, in words", () => {
    assert.equal(refusalSentence("technician", "orders.read"), "Votre rôle (technicien) ne permet pas de consulter les commandes : demandez cet accès à un administrateur.")
    assert.equal(refusalSentence("admin", "booking.own_visits"), "Votre rôle (administrateur) ne permet pas d'ouvrir « Mes interventions », réservé aux techniciens : demandez cet accès à un administrateur.")
  })

  it("never shows a permission's code", () => {
    for (const role of STAFF_ROLES) {
      for (const requirement of [...PERMISSIONS, "unmapped"] as const) {
        const sentence = refusalSentence(role, requirement)
        assert.ok(!sentence.includes(requirement), sentence)
        assert.match(sentence, /^Votre rôle \((administrateur|gérant|technicien)\) ne permet pas d(e |')\S/)
      }
    }
  })
})
