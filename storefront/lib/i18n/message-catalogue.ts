import fs from "node:fs"
import path from "node:path"

/**
 * The message files (messages/{fr,ar}.json) as the checks read them: each message under its dotted
 * key ("addresses.fieldErrors.phone"). For tests and end-to-end checks, not for pages (next-intl
 * loads the messages there).
 */
export type Messages = { [key: string]: string | Messages }

export function flattenMessages(messages: Messages, prefix = ""): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === "string") out.set(prefix + key, value)
    else for (const [inner, text] of flattenMessages(value, `${prefix}${key}.`)) out.set(inner, text)
  }
  return out
}

export function loadMessages(locale: string): Messages {
  return JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "messages", `${locale}.json`), "utf8")) as Messages
}
