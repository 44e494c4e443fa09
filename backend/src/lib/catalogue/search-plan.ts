import { normalizePartNumber } from "./part-search"

/**
 * How a shop search is run: a query that looks like a part number (it has a digit) is also matched,
 * normalised, as a prefix of the part numbers ("S1068-9" finds "S1068900"); words are matched in
 * full over titles, brand, models and category, accents ignored. Part-number hits come first.
 */
export type SearchPlan = { partNumber: string | null; words: string }

export const MAX_QUERY_LENGTH = 100

export function searchPlan(query: string): SearchPlan {
  const words = query.normalize("NFC").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH)
  const compact = normalizePartNumber(words)
  const partNumber = /\d/.test(compact) && compact.length >= 3 && /^[A-Z0-9]+$/.test(compact) ? compact : null
  return { partNumber, words }
}

/** The part-number hits, then the word hits not already listed, at most `limit`. */
export function mergeHits(partHits: string[], wordHits: string[], limit: number): string[] {
  return [...new Set([...partHits, ...wordHits])].slice(0, limit)
}
