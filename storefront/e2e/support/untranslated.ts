import type { Page } from "@playwright/test"
import { flattenMessages, loadMessages } from "../../lib/i18n/message-catalogue"

/**
 * French interface texts visible on an Arabic page: every French message (its fixed words, without
 * ICU arguments) that differs from its Arabic translation must be absent from the page's text.
 */
export async function frenchLeftOnArabicPage(page: Page): Promise<string[]> {
  const french = flattenMessages(loadMessages("fr"))
  const arabic = flattenMessages(loadMessages("ar"))
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
