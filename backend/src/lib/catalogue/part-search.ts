/**
 * The one declared place where part numbers and boiler models are stored normalised for search:
 * `product.metadata[PART_SEARCH_METADATA_KEY]`. The seed and the admin write it through
 * `partSearchMetadata`; search reads it. Normalised = upper case, no accents, no spaces, dashes,
 * dots or slashes, so "0020-025 741", "0020025741" and "0020.025.741" meet.
 */
export const PART_SEARCH_METADATA_KEY = "part_search"

export type PartSearchMetadata = {
  /** Variant SKUs, normalised. */
  skus: string[]
  /** Manufacturer part numbers (product and variants), normalised. */
  mpns: string[]
  /** Compatible boiler models, normalised. */
  models: string[]
}

export function normalizePartNumber(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[\s\-./_]+/g, "")
}

const uniqueNormalized = (values: string[]) => [...new Set(values.map(normalizePartNumber).filter(Boolean))]

export function partSearchMetadata(input: { skus: string[]; mpns: string[]; models: string[] }): PartSearchMetadata {
  return {
    skus: uniqueNormalized(input.skus),
    mpns: uniqueNormalized(input.mpns),
    models: uniqueNormalized(input.models),
  }
}

/** A part-number search starts from this many characters (search-plan.ts): shorter prefixes are not indexed. */
export const MIN_PART_NUMBER_PREFIX = 3

/**
 * Every prefix of each normalised part number, from MIN_PART_NUMBER_PREFIX characters to the whole:
 * "S10686" finds "S1068900" by equality on this list, which the search index's GIN index answers,
 * where a prefix match on the text would read every row.
 */
export function partNumberPrefixes(partNumbers: string[]): string[] {
  const prefixes = new Set<string>()
  for (const partNumber of partNumbers) {
    for (let length = MIN_PART_NUMBER_PREFIX; length <= partNumber.length; length++) prefixes.add(partNumber.slice(0, length))
  }
  return [...prefixes]
}
