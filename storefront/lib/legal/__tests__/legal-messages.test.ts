import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { flattenMessages, loadMessages, type Messages } from "../../i18n/message-catalogue"

/** The namespaces of the legal pages, the shop's contacts and the footer. */
const NAMESPACES = ["footer", "shopContact", "settings", "legalNotice", "privacy"]
/** Latin words an Arabic text may keep: the shop's name and the card network's. */
const KEPT_LATIN = /MJ Chauffage|CIB/g

/** The words a reader sees: without rich-text tags and ICU syntax (argument names, plural keywords). */
function visibleWords(message: string): string {
  return message
    .replace(/<\/?\w+>/g, "")
    .replace(/\{\s*\w+\s*,\s*plural\s*,/g, "")
    .replace(/(?:=\d+|\b(?:zero|one|two|few|many|other))\s*\{/g, "")
    .replace(/\{\s*\w+\s*\}/g, "")
}

describe("the legal pages' messages", () => {
  const french = loadMessages("fr")
  const arabic = loadMessages("ar")

  for (const namespace of NAMESPACES) {
    it(`${namespace}: the same keys in French and Arabic`, () => {
      assert.deepEqual([...flattenMessages(arabic[namespace] as Messages).keys()].sort(), [...flattenMessages(french[namespace] as Messages).keys()].sort())
    })

    it(`${namespace}: Arabic without a French word or Latin punctuation`, () => {
      for (const [key, message] of flattenMessages(arabic[namespace] as Messages)) {
        const words = visibleWords(message).replace(KEPT_LATIN, "")
        assert.doesNotMatch(words, /[A-Za-zÀ-ÿ]/, `${namespace}.${key}: ${message}`)
        assert.doesNotMatch(words, /[,;?]/, `${namespace}.${key} (use ، ؛ ؟): ${message}`)
      }
    })
  }
})
