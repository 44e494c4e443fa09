import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { arabicField, type TranslationRow } from "../translations/arabic-content"

/** Product id → Arabic title (the catalogue's ar-DZ translations), for the products of an order's lines. */
export async function arabicProductTitles(container: MedusaContainer, productIds: Array<string | null | undefined>): Promise<Map<string, string>> {
  const ids = [...new Set(productIds.filter((id): id is string => Boolean(id)))]
  if (!ids.length) return new Map()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "translations.locale_code", "translations.translations"],
    filters: { id: ids },
  })
  const titles = new Map<string, string>()
  for (const product of data as Array<{ id: string; translations?: (TranslationRow | null)[] | null }>) {
    const title = arabicField(product.translations, "title")
    if (title) titles.set(product.id, title)
  }
  return titles
}
