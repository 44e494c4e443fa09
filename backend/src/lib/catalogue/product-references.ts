/**
 * A product's compatible boiler models and manufacturer part numbers, as the office edits them in
 * the product page's widget: checked (shape, then duplicates once normalised), then written into
 * the product's metadata where the storefront and the search index read them (`compatible_models`,
 * `part_numbers`, `mpn`, and the normalised `part_search` of part-search.ts).
 */
import type { RefusalCode } from "@mj-chauffage/shop-kernel/refusals"
import { normalizePartNumber, PART_SEARCH_METADATA_KEY, partSearchMetadata } from "./part-search"

export const PART_NUMBER_LENGTH = { min: 2, max: 40 } as const
export const MODEL_LENGTH = { min: 2, max: 80 } as const
/** More than this on one part is a paste gone wrong, not a catalogue. */
export const MAX_REFERENCES = 50

export type ProductReferences = { part_numbers: string[]; compatible_models: string[] }

export type ReferencesProblem = {
  code: Extract<RefusalCode, "part_number_invalid" | "part_number_duplicate" | "compatible_model_invalid" | "compatible_model_duplicate">
  /** The value refused, as typed. */
  value: string
  message: string
}

// Letters, digits, and the separators printed on labels: dot, dash, slash, space.
const PART_NUMBER_SHAPE = /^[A-Za-z0-9][A-Za-z0-9./\- ]*$/
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/

const tidy = (value: string) => value.normalize("NFC").replace(/\s+/g, " ").trim()

function firstDuplicate(values: string[]): string | null {
  const seen = new Set<string>()
  for (const value of values) {
    const key = normalizePartNumber(value)
    if (seen.has(key)) return value
    seen.add(key)
  }
  return null
}

/** The lists tidied (spaces collapsed), or the first problem found. */
export function checkProductReferences(input: ProductReferences): { ok: true; value: ProductReferences } | { ok: false; problem: ReferencesProblem } {
  const partNumbers = input.part_numbers.map(tidy)
  const models = input.compatible_models.map(tidy)
  const badPart = partNumbers.find(
    (value) => value.length < PART_NUMBER_LENGTH.min || value.length > PART_NUMBER_LENGTH.max || !PART_NUMBER_SHAPE.test(value) || normalizePartNumber(value).length < PART_NUMBER_LENGTH.min
  )
  if (badPart !== undefined) {
    return {
      ok: false,
      problem: {
        code: "part_number_invalid",
        value: badPart,
        message: `« ${badPart} » : une référence fabricant compte de ${PART_NUMBER_LENGTH.min} à ${PART_NUMBER_LENGTH.max} lettres, chiffres, points, tirets, barres obliques ou espaces.`,
      },
    }
  }
  const duplicatePart = firstDuplicate(partNumbers)
  if (duplicatePart !== null) {
    return {
      ok: false,
      problem: { code: "part_number_duplicate", value: duplicatePart, message: `« ${duplicatePart} » est déjà dans la liste (espaces, tirets, points et majuscules ne comptent pas).` },
    }
  }
  const badModel = models.find((value) => value.length < MODEL_LENGTH.min || value.length > MODEL_LENGTH.max || CONTROL_CHARACTERS.test(value) || !normalizePartNumber(value))
  if (badModel !== undefined) {
    return {
      ok: false,
      problem: { code: "compatible_model_invalid", value: badModel, message: `« ${badModel} » : un modèle de chaudière compte de ${MODEL_LENGTH.min} à ${MODEL_LENGTH.max} caractères.` },
    }
  }
  const duplicateModel = firstDuplicate(models)
  if (duplicateModel !== null) {
    return {
      ok: false,
      problem: { code: "compatible_model_duplicate", value: duplicateModel, message: `« ${duplicateModel} » est déjà dans la liste des modèles compatibles.` },
    }
  }
  return { ok: true, value: { part_numbers: partNumbers, compatible_models: models } }
}

type Variant = { sku?: string | null; metadata?: Record<string, unknown> | null } | null

/** The part numbers the widget shows: those saved by it, else the seed's single `mpn`. */
export function productReferencesOf(metadata: Record<string, unknown> | null | undefined): ProductReferences {
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [])
  const saved = strings(metadata?.part_numbers)
  const single = typeof metadata?.mpn === "string" && metadata.mpn ? [metadata.mpn] : []
  return { part_numbers: Array.isArray(metadata?.part_numbers) ? saved : single, compatible_models: strings(metadata?.compatible_models) }
}

/**
 * The metadata keys to write (Medusa merges them into the product's other keys): the lists as typed
 * (what the admin and the storefront show), the first part number as `mpn`, and the normalised lists
 * the search reads (variant SKUs and variant part numbers stay searchable).
 */
export function referencesMetadataPatch(variants: Variant[], references: ProductReferences): Record<string, unknown> {
  const kept = variants.filter((variant): variant is NonNullable<Variant> => variant !== null)
  const variantMpns = kept.map((variant) => variant.metadata?.mpn).filter((mpn): mpn is string => typeof mpn === "string")
  return {
    part_numbers: references.part_numbers,
    // Medusa deletes a metadata key set to "": the seed's single number goes with the last one.
    mpn: references.part_numbers[0] ?? "",
    compatible_models: references.compatible_models,
    [PART_SEARCH_METADATA_KEY]: partSearchMetadata({
      skus: kept.map((variant) => variant.sku ?? "").filter(Boolean),
      mpns: [...references.part_numbers, ...variantMpns],
      models: references.compatible_models,
    }),
  }
}
