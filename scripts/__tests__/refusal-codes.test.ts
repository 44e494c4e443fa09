/**
 * The one error language, walked code by code: every refusal code is declared in the kernel, produced
 * by some route or workflow of ours, and translated in both storefront languages; every code our
 * sources write is declared; and the storefront never reads a refusal's message text.
 */
import assert from "node:assert/strict"
import fs from "node:fs"
import path from "node:path"
import { describe, it } from "node:test"
import { REFUSAL_CODES } from "../../packages/shop-kernel/src/refusals"
import { BACKEND_DIR, PACKAGES_DIR, PLUGINS_DIR, REPO_ROOT, STOREFRONT_DIR } from "../lib/paths"

/** The shipped TypeScript under `dir` (tests excluded). */
function sources(dir: string): Array<{ file: string; text: string }> {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !/(^|\/)(__tests__|node_modules|\.medusa|\.next)(\/|$)/.test(file))
    .map((file) => ({ file: path.relative(REPO_ROOT, path.join(dir, file)), text: fs.readFileSync(path.join(dir, file), "utf8") }))
}

const declared = Object.keys(REFUSAL_CODES)
/** Where refusals are written: the backend, the plugins, and the kernel's rules (not its list of codes). */
const producers = [path.join(BACKEND_DIR, "src"), path.join(PACKAGES_DIR, "shop-kernel", "src"), ...fs.readdirSync(PLUGINS_DIR).map((name) => path.join(PLUGINS_DIR, name, "src"))]
  .filter((dir) => fs.existsSync(dir))
  .flatMap(sources)
  .filter(({ file }) => !file.endsWith(path.join("shop-kernel", "src", "refusals.ts")))
const messages = (locale: string) => JSON.parse(fs.readFileSync(path.join(STOREFRONT_DIR, "messages", `${locale}.json`), "utf8")).refusals as Record<string, string>

describe("refusal codes", () => {
  it("every declared code is produced by some route or workflow of ours", () => {
    // A code written as a value: not inside a type (Extract<RefusalCode, …>), not refusalBody's first argument (a type).
    const values = producers.map(({ text }) => text.replace(/Extract<RefusalCode,[^>]*>/g, "").replace(/refusalBody\(\s*"[a-z_]+"/g, "refusalBody("))
    const unproduced = declared.filter((code) => !values.some((text) => text.includes(`"${code}"`)))
    assert.deepEqual(unproduced, [])
  })

  it("every code our sources write is declared", () => {
    const written = new Set<string>()
    for (const { text } of producers) {
      // A zod issue's `code: "custom"` is zod's vocabulary, not a refusal.
      for (const match of text.matchAll(/(?:refusal\(|refusalBody\([^,]+,\s*|\bcode:\s*)"([a-z_]+)"/g)) if (match[1] !== "custom") written.add(match[1]!)
    }
    assert.ok(written.size > 20, `only ${written.size} codes found: the scan is broken`)
    assert.deepEqual([...written].filter((code) => !declared.includes(code)), [])
  })

  for (const locale of ["fr", "ar"]) {
    it(`every code has the customer's words in ${locale}, and no word is left without a code`, () => {
      const words = messages(locale)
      assert.deepEqual(declared.filter((code) => !words[code]?.trim()), [])
      assert.deepEqual(Object.keys(words).filter((code) => !declared.includes(code)), [])
    })
  }

  it("the storefront never reads a refusal's message text", () => {
    const storefront = ["app", "actions", "lib", "components"].flatMap((folder) => sources(path.join(STOREFRONT_DIR, folder)))
    const readers = storefront.filter(({ text }) => /medusaFailure\([^)]*\)\.message|\{[^}]*\bmessage\b[^}]*\}\s*=\s*medusaFailure|\.test\(message\)/.test(text))
    assert.deepEqual(readers.map(({ file }) => file), [])
  })
})
