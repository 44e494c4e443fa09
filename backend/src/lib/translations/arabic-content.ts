/**
 * The Arabic catalogue as Medusa's Translation module holds it (locale ar-DZ): which fields of which
 * entity are translated, where the shop kept them before (metadata keys), and how an existing
 * translation is completed without overwriting what the office already wrote.
 */
import { ARABIC_CONTENT_LOCALE } from "@mj-chauffage/shop-kernel/locale"

/** Translatable entities (Medusa's `reference`) and, for each, metadata key → translated field. */
export const ARABIC_METADATA_FIELDS = {
  product: { title_ar: "title", summary_ar: "description" },
  product_category: { name_ar: "name", description_ar: "description" },
} as const

export type TranslatedReference = keyof typeof ARABIC_METADATA_FIELDS
export type TranslationFields = Record<string, string>
export type ArabicTranslation = { reference: TranslatedReference; reference_id: string; translations: TranslationFields }
/** A translation row as query.graph returns it through the `translations` link. */
export type TranslationRow = { locale_code?: string | null; translations?: Record<string, unknown> | null }

const filled = (value: unknown): value is string => typeof value === "string" && value.trim() !== ""

/** The Arabic fields an entity kept in its metadata, as a translation; null when it kept none. */
export function arabicFromMetadata(reference: TranslatedReference, id: string, metadata: Record<string, unknown> | null | undefined): ArabicTranslation | null {
  const translations: TranslationFields = {}
  for (const [key, field] of Object.entries(ARABIC_METADATA_FIELDS[reference])) {
    const value = metadata?.[key]
    if (filled(value)) translations[field] = value
  }
  return Object.keys(translations).length ? { reference, reference_id: id, translations } : null
}

/**
 * The metadata update that removes the Arabic keys the translations now hold (Medusa merges a
 * metadata update into what is stored and drops a key given as ""); null when it had none of them.
 */
export function arabicMetadataRemoval(reference: TranslatedReference, metadata: Record<string, unknown> | null | undefined): Record<string, ""> | null {
  const present = Object.keys(ARABIC_METADATA_FIELDS[reference]).filter((key) => metadata && key in metadata)
  return present.length ? Object.fromEntries(present.map((key) => [key, ""] as const)) : null
}

/**
 * An existing translation completed with the fields it lacks (the office's own text always stays);
 * null when it lacks none.
 */
export function completedTranslation(existing: Record<string, unknown>, incoming: TranslationFields): TranslationFields | null {
  const missing = Object.entries(incoming).filter(([field]) => !filled(existing[field]))
  if (!missing.length) return null
  const kept = Object.fromEntries(Object.entries(existing).filter((entry): entry is [string, string] => typeof entry[1] === "string"))
  return { ...kept, ...Object.fromEntries(missing) }
}

/** One field of an entity's Arabic translation, from its `translations` rows; "" when there is none. */
export function arabicField(rows: (TranslationRow | null)[] | null | undefined, field: string): string {
  const row = (rows ?? []).find((candidate) => candidate?.locale_code === ARABIC_CONTENT_LOCALE)
  const value = row?.translations?.[field]
  return filled(value) ? value : ""
}
