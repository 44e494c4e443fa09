/**
 * The order in which a PDF must draw a line's words, left to right. PDF has no bidirectional text:
 * Arabic words (shaped one by one by the font) follow each other from right to left, while a run of
 * Latin words or digits inside them (an order number, "12 500", a time) keeps its own left-to-right
 * order. Unicode's bidi rules at the level of whole words, enough for a receipt: a word of
 * punctuation only takes the direction of the words around it when they agree, else the line's.
 */
export type Direction = "ltr" | "rtl"

const ARABIC_LETTERS = "\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF"
const ARABIC_LETTER = new RegExp(`[${ARABIC_LETTERS}]`)
const ARABIC_OR_NOT = new RegExp(`[${ARABIC_LETTERS}]+|[^${ARABIC_LETTERS}]+`, "g")
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Nd}]/u

export const isArabicWord = (word: string) => ARABIC_LETTER.test(word)

function strongDirection(word: string): Direction | undefined {
  if (ARABIC_LETTER.test(word)) return "rtl"
  if (LATIN_OR_DIGIT.test(word)) return "ltr"
  return undefined
}

/** The line's words (split on spaces) as they appear from left to right on a line of base direction `base`. */
export function wordsLeftToRight(text: string, base: Direction): string[] {
  const words = text.split(/\s+/).filter(Boolean)
  const strong = words.map(strongDirection)
  const resolved = strong.map((direction, index) => {
    if (direction) return direction
    const before = strong.slice(0, index).reverse().find(Boolean) ?? base
    const after = strong.slice(index + 1).find(Boolean) ?? base
    return before === after ? before : base
  })
  const runs: Array<{ rtl: boolean; words: string[] }> = []
  words.forEach((word, index) => {
    const rtl = resolved[index] === "rtl"
    const last = runs.at(-1)
    if (last && last.rtl === rtl) last.words.push(word)
    else runs.push({ rtl, words: [word] })
  })
  const visualRuns = base === "rtl" ? runs.reverse() : runs
  return visualRuns.flatMap((run) => (run.rtl ? [...run.words].reverse() : run.words))
}

/**
 * An Arabic word's pieces from left to right: its Arabic letters (one font, shaped together) and
 * any other characters in it ("." in "د.ج", which the Arabic font lacks). Other words: themselves.
 */
export function piecesLeftToRight(word: string): string[] {
  if (!isArabicWord(word)) return [word]
  return (word.match(ARABIC_OR_NOT) ?? [word]).reverse()
}
