import { DEFAULT_LOCALE, SHOP_LOCALES, type ShopLocale } from "@mj-chauffage/shop-kernel/locale"
import { defineRouting } from "next-intl/routing"

export const routing = defineRouting({
  locales: SHOP_LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "always",
})

/** The shop's locale (one definition, in the kernel). */
export type Locale = ShopLocale
