/**
 * Spelling correction of a shop search against the catalogue's own words: "exacontol" → "Exacontrol",
 * "expension" → "expansion". Each query word the catalogue does not hold is replaced by the catalogue
 * word with the highest trigram similarity (pg_trgm's measure: shared trigrams over all trigrams of the
 * two padded words), so the search can then run its indexed full-text match. This replaces the search
 * provider's typo fallback, which computed a similarity against every document's whole text (a full
 * scan: 1.3–1.6 s at 5 000 products, bench/README.md). Pure functions.
 */

/** pg_trgm's default similarity threshold: below it two words are not taken for one another. */
export const SIMILARITY_THRESHOLD = 0.3
/** Shorter words (articles, "de", "8 L") are left as typed: too few trigrams to correct reliably. */
const MIN_CORRECTED_LENGTH = 4

export type Vocabulary = {
  /** Normalised word → the spelling the catalogue uses most. */
  spelling: Map<string, string>
  /** Normalised word → how often the catalogue uses it (ties go to the commoner word). */
  uses: Map<string, number>
  /** Trigram → the normalised words that hold it. */
  byTrigram: Map<string, string[]>
}

/** Accents and Arabic vowel marks dropped, lower case: how the search itself compares words. */
export const normalizeWord = (word: string) => word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()

/** The words of a text as the search splits them (letters and digits; apostrophes and dashes separate). */
export const wordsOf = (text: string) => text.split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean)

/** pg_trgm's trigrams: the word padded with two spaces before and one after. */
export function trigramsOf(normalized: string): Set<string> {
  const padded = `  ${normalized} `
  const trigrams = new Set<string>()
  for (let i = 0; i + 3 <= padded.length; i++) trigrams.add(padded.slice(i, i + 3))
  return trigrams
}

export function similarity(a: Set<string>, b: Set<string>): number {
  let shared = 0
  for (const trigram of a) if (b.has(trigram)) shared++
  return shared / (a.size + b.size - shared)
}

export function buildVocabulary(texts: Iterable<string>): Vocabulary {
  const spellings = new Map<string, Map<string, number>>()
  for (const text of texts) {
    for (const word of wordsOf(text)) {
      const key = normalizeWord(word)
      const forms = spellings.get(key) ?? new Map<string, number>()
      forms.set(word, (forms.get(word) ?? 0) + 1)
      spellings.set(key, forms)
    }
  }
  const spelling = new Map<string, string>()
  const uses = new Map<string, number>()
  const byTrigram = new Map<string, string[]>()
  for (const [key, forms] of spellings) {
    const [common] = [...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    spelling.set(key, common![0])
    uses.set(key, [...forms.values()].reduce((sum, count) => sum + count, 0))
    for (const trigram of trigramsOf(key)) {
      const holders = byTrigram.get(trigram)
      if (holders) holders.push(key)
      else byTrigram.set(trigram, [key])
    }
  }
  return { spelling, uses, byTrigram }
}

/** Arabic writes "and", "with", "for" and "the" onto the word ("والمضخة" = "and the pump"): longest first. */
const ARABIC_PREFIXES = ["وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ف", "ل", "ك"]

/** The catalogue word closest to `word`, or null when the catalogue holds it or nothing is close enough. */
export function closestWord(word: string, vocabulary: Vocabulary): string | null {
  const key = normalizeWord(word)
  if (vocabulary.spelling.has(key) || key.length < MIN_CORRECTED_LENGTH || /\p{N}/u.test(key)) return null
  for (const prefix of ARABIC_PREFIXES) {
    const stem = key.slice(prefix.length)
    if (key.startsWith(prefix) && stem.length >= 3 && vocabulary.spelling.has(stem)) return vocabulary.spelling.get(stem)!
  }
  const trigrams = trigramsOf(key)
  const candidates = new Set<string>()
  for (const trigram of trigrams) for (const holder of vocabulary.byTrigram.get(trigram) ?? []) candidates.add(holder)
  let best: { key: string; score: number } | null = null
  for (const candidate of candidates) {
    const score = similarity(trigrams, trigramsOf(candidate))
    if (score < SIMILARITY_THRESHOLD) continue
    const better =
      !best ||
      score > best.score ||
      (score === best.score && (vocabulary.uses.get(candidate) ?? 0) > (vocabulary.uses.get(best.key) ?? 0)) ||
      (score === best.score && vocabulary.uses.get(candidate) === vocabulary.uses.get(best.key) && candidate < best.key)
    if (better) best = { key: candidate, score }
  }
  return best ? vocabulary.spelling.get(best.key)! : null
}

/** The query with every word the catalogue does not hold replaced by its closest word; null when none was. */
export function correctQuery(query: string, vocabulary: Vocabulary): string | null {
  let corrected = false
  const words = wordsOf(query).map((word) => {
    const closest = closestWord(word, vocabulary)
    if (closest === null) return word
    corrected = true
    return closest
  })
  return corrected ? words.join(" ") : null
}
