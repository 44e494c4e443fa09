/**
 * The Arabic content locale (ar-DZ) known to Medusa's Translation module and supported by the store:
 * Medusa ships no Algerian locale, and refuses translations (and the admin offers none) in a locale
 * the store does not support. Locales the office added stay.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { ARABIC_CONTENT_LOCALE } from "@mj-chauffage/shop-kernel/locale"

export async function ensureArabicLocale(container: MedusaContainer) {
  const translation = container.resolve(Modules.TRANSLATION)
  const [known] = await translation.listLocales({ code: ARABIC_CONTENT_LOCALE })
  if (!known) await translation.createLocales({ code: ARABIC_CONTENT_LOCALE, name: "Arabic (Algeria)" })

  const [store] = await container.resolve(Modules.STORE).listStores({}, { relations: ["supported_locales"] })
  const supported = (store.supported_locales ?? []).map((locale) => locale.locale_code)
  if (supported.includes(ARABIC_CONTENT_LOCALE)) return
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: { supported_locales: [...supported, ARABIC_CONTENT_LOCALE].map((locale_code) => ({ locale_code })) },
    },
  })
}
