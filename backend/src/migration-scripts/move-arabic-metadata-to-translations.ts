import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { updateProductCategoriesWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { arabicFromMetadata, arabicMetadataRemoval, type ArabicTranslation } from "../lib/translations/arabic-content"
import { ensureArabicLocale } from "../scripts/seed/arabic-locale"
import { saveArabicTranslations } from "../scripts/seed/save-arabic-translations"

/**
 * Runs once, at the first `db:migrate` after it was added: a shop whose Arabic product titles and
 * summaries (metadata.title_ar, summary_ar) and category names (name_ar, description_ar) were kept in
 * metadata gets them as Medusa translations (ar-DZ), which the Store API serves and the admin edits;
 * a translation the office already wrote wins. The metadata keys are then removed, so the Arabic text
 * lives in one place. A database without such metadata (a new one) is left as it is.
 */
export default async function moveArabicMetadataToTranslations({ container }: ExecArgs) {
  const products = container.resolve(Modules.PRODUCT)
  const productRows = await products.listProducts({}, { select: ["id", "metadata"], take: null })
  const categoryRows = await products.listProductCategories({}, { select: ["id", "metadata"], take: null })
  const records = [
    ...productRows.map((row) => arabicFromMetadata("product", row.id, row.metadata)),
    ...categoryRows.map((row) => arabicFromMetadata("product_category", row.id, row.metadata)),
  ].filter((record): record is ArabicTranslation => record !== null)
  if (!records.length) return

  await ensureArabicLocale(container)
  await saveArabicTranslations(container, records)

  const productUpdates = productRows.flatMap((row) => {
    const metadata = arabicMetadataRemoval("product", row.metadata)
    return metadata ? [{ id: row.id, metadata }] : []
  })
  if (productUpdates.length) await updateProductsWorkflow(container).run({ input: { products: productUpdates } })
  for (const row of categoryRows) {
    const metadata = arabicMetadataRemoval("product_category", row.metadata)
    if (metadata) await updateProductCategoriesWorkflow(container).run({ input: { selector: { id: row.id }, update: { metadata } } })
  }
}
