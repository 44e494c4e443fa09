import fs from "node:fs"
import path from "node:path"
import type { Page } from "@playwright/test"

type Messages = { [key: string]: string | Messages }

const load = (locale: string): Messages => JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "messages", `${locale}.json`), "utf8"))

function flatten(messages: Messages, prefix = ""): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === "string") out.set(prefix + key, value)
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) out.set(inner, text)
  }
  return out
}

/**
 * French interface texts visible on an Arabic page: every French message (its fixed words, without
 * ICU arguments) that differs from its Arabic translation must be absent from the page's text.
 */
export async function frenchLeftOnArabicPage(page: Page): Promise<string[]> {
  const french = flatten(load("fr"))
  const arabic = flatten(load("ar"))
  const text = await page.evaluate(() => document.body.innerText)
  const found: string[] = []
  for (const [key, value] of french) {
    if (arabic.get(key) === value) continue
    for (const fragment of value.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|<\/?\w+>/)) {
      const words = fragment.trim()
      if (words.length >= 8 && text.includes(words)) found.push(`${key}: "${words}"`)
    }
  }
  return found
}
