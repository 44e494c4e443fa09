import assert from "node:assert/strict"
import { test } from "node:test"
import { safeReturnPath } from "../return-path"

test("after login the customer goes back to a page of this shop, never to another site", () => {
  assert.equal(safeReturnPath("/fr/reparation?wilaya=16", "fr"), "/fr/reparation?wilaya=16")
  for (const outside of ["https://evil.example", "//evil.example", "/\\evil.example", "/ar/compte", "", "/fr/ x"]) {
    assert.equal(safeReturnPath(outside, "fr"), "/fr/compte", outside)
  }
})
