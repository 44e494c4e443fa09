import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { flattenMessages, loadMessages } from "../message-catalogue"

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

const arabic = [...flattenMessages(loadMessages("ar"))]

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
