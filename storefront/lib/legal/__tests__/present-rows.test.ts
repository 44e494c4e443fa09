import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { presentRows, type IdentityRow } from "../present-rows"

const rows: IdentityRow<string>[] = [
  { field: "legalName", content: "SARL MJ Chauffage" },
  { field: "rc", content: null },
  { field: "nif", content: "002116123456789" },
]

describe("presentRows", () => {
  it("keeps a missing setting's line while settings are being written (development)", () => {
    assert.deepEqual(presentRows(rows, true), rows)
  })

  it("leaves a missing setting out in production, keeping the others in order", () => {
    assert.deepEqual(presentRows(rows, false).map((row) => row.field), ["legalName", "nif"])
    assert.deepEqual(presentRows([{ field: "rc", content: null }], false), [])
  })
})
