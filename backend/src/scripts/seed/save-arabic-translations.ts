/**
 * Writes Arabic (ar-DZ) translations through Medusa's batch translations workflow (the one the
 * admin's translation editor uses): a new one for an entity without, an existing one only completed
 * with the fields it lacks, so text the office wrote is never replaced.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { batchTranslationsWorkflow } from "@medusajs/medusa/core-flows"
import { ARABIC_CONTENT_LOCALE } from "@mj-chauffage/shop-kernel/locale"
import { completedTranslation, type ArabicTranslation } from "../../lib/translations/arabic-content"

export async function saveArabicTranslations(container: MedusaContainer, records: ArabicTranslation[]): Promise<{ created: number; completed: number }> {
  if (!records.length) return { created: 0, completed: 0 }
  const existing = await container
    .resolve(Modules.TRANSLATION)
    .listTranslations({ reference_id: records.map((record) => record.reference_id), locale_code: ARABIC_CONTENT_LOCALE }, { take: null })
  const existingById = new Map(existing.map((translation) => [translation.reference_id, translation]))
  const create = records
    .filter((record) => !existingById.has(record.reference_id))
    .map((record) => ({ ...record, locale_code: ARABIC_CONTENT_LOCALE }))
  const update = records.flatMap((record) => {
    const current = existingById.get(record.reference_id)
    const translations = current && completedTranslation(current.translations ?? {}, record.translations)
    return current && translations ? [{ id: current.id, translations }] : []
  })
  if (create.length || update.length) await batchTranslationsWorkflow(container).run({ input: { create, update, delete: [] } })
  return { created: create.length, completed: update.length }
}
