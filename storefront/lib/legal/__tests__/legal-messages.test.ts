import assert from "node:assert/strict"
import fs from "node:fs"
import path from "node:path"
import { describe, it } from "node:test"

type Messages = { [key: string]: string | Messages }

/** The namespaces of the legal pages, the shop's contacts and the footer. */
const NAMESPACES = ["footer", "shopContact", "settings", "legalNotice", "privacy"]
/** Latin words an Arabic text may keep: the shop's name and the card network's. */
const KEPT_LATIN = /MJ Chauffage|CIB/g

const load = (locale: string): Messages => JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "..", "messages", `${locale}.json`), "utf8"))

function flatten(messages: Messages, prefix = ""): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === "string") out.set(prefix + key, value)
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) out.set(inner, text)
  }
  return out
}

/** The words a reader sees: without rich-text tags and ICU syntax (argument names, plural keywords). */
function visibleWords(message: string): string {
  return message
    .replace(/<\/?\w+>/g, "")
    .replace(/\{\s*\w+\s*,\s*plural\s*,/g, "")
    .replace(/(?:=\d+|\b(?:zero|one|two|few|many|other))\s*\{/g, "")
    .replace(/\{\s*\w+\s*\}/g, "")
}

describe("the legal pages' messages", () => {
  const french = load("fr")
  const arabic = load("ar")

  for (const namespace of NAMESPACES) {
    it(`${namespace}: the same keys in French and Arabic`, () => {
      assert.deepEqual([...flatten(arabic[namespace] as Messages).keys()].sort(), [...flatten(french[namespace] as Messages).keys()].sort())
    })

    it(`${namespace}: Arabic without a French word or Latin punctuation`, () => {
      for (const [key, message] of flatten(arabic[namespace] as Messages)) {
        const words = visibleWords(message).replace(KEPT_LATIN, "")
        assert.doesNotMatch(words, /[A-Za-zÀ-ÿ]/, `${namespace}.${key}: ${message}`)
        assert.doesNotMatch(words, /[,;?]/, `${namespace}.${key} (use ، ؛ ؟): ${message}`)
      }
    })
  }
})
