import assert from "node:assert/strict"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { describe, it } from "node:test"
import { carriesRevalidateSecret, revalidateSecret } from "../revalidate-secret"

const SECRET = "Xk39fQz81LmP0wRt7Yb2Nc5Vd6Hs4Ja-revalidate"

describe("revalidateSecret", () => {
  it("reads STOREFRONT_REVALIDATE_SECRET, or the file STOREFRONT_REVALIDATE_SECRET_FILE names", () => {
    assert.equal(revalidateSecret({ STOREFRONT_REVALIDATE_SECRET: SECRET }), SECRET)
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "mj-revalidate-")), "secret")
    fs.writeFileSync(file, `${SECRET}\n`)
    assert.equal(revalidateSecret({ STOREFRONT_REVALIDATE_SECRET_FILE: file }), SECRET)
    fs.rmSync(path.dirname(file), { recursive: true })
  })

  it("has no secret when unset or shorter than 32 characters", () => {
    assert.equal(revalidateSecret({}), undefined)
    assert.equal(revalidateSecret({ STOREFRONT_REVALIDATE_SECRET: "" }), undefined)
    assert.equal(revalidateSecret({ STOREFRONT_REVALIDATE_SECRET: SECRET.slice(0, 31) }), undefined)
  })
})

describe("carriesRevalidateSecret", () => {
  it("accepts exactly Bearer <secret>", () => {
    assert.equal(carriesRevalidateSecret(`Bearer ${SECRET}`, SECRET), true)
  })

  it("refuses a missing, different, longer, shorter or differently framed secret", () => {
    for (const header of [null, undefined, "", SECRET, `bearer ${SECRET}`, `Basic ${SECRET}`, `Bearer ${SECRET}x`, `Bearer ${SECRET.slice(1)}`, `Bearer  ${SECRET}`, "Bearer "]) {
      assert.equal(carriesRevalidateSecret(header, SECRET), false, String(header))
    }
  })

  it("refuses everything when the storefront has no secret", () => {
    assert.equal(carriesRevalidateSecret("Bearer ", undefined), false)
    assert.equal(carriesRevalidateSecret("Bearer undefined", undefined), false)
  })
})
