import assert from "node:assert/strict"
import fs from "node:fs"
import path from "node:path"
import { describe, it } from "node:test"

type Messages = { [key: string]: string | Messages }

function flatten(messages: Messages, prefix = ""): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) => (typeof value === "string" ? [[prefix + key, value] as [string, string]] : flatten(value, `${prefix}${key}.`)))
}

/**
 * The text of an ICU message, without its syntax: in "{count, plural, one {…} other {…}}" the
 * commas at odd brace depth are ICU's, the text sits at even depth.
 */
function textOf(message: string): string {
  let depth = 0
  let text = ""
  for (const character of message) {
    if (character === "{") depth += 1
    else if (character === "}") depth -= 1
    else if (depth % 2 === 0) text += character
  }
  return text
}

const arabic = flatten(JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "..", "messages", "ar.json"), "utf8")) as Messages)

describe("Arabic messages", () => {
  it("reads an ICU message's text apart from its syntax", () => {
    assert.equal(textOf("{count, plural, one {قطعة، واحدة} other {# قطع}}"), "قطعة، واحدة# قطع")
    assert.equal(textOf("أقل من {hours, plural, two {ساعتين} other {# ساعة}}, قبل"), "أقل من ساعتين# ساعة, قبل")
  })

  it("use the Arabic comma, never the Latin one, in their text", () => {
    const latin = arabic.filter(([, message]) => textOf(message).includes(",")).map(([key]) => key)
    assert.deepEqual(latin, [])
  })

  it("keep international phone numbers left to right (an isolate), not '213+'", () => {
    const bare = arabic.filter(([, message]) => /(^|[^\u2066])\+\d/.test(message)).map(([key]) => key)
    assert.deepEqual(bare, [])
  })
})
