/** The shop's two languages: French first, Arabic (right to left) second. */
export const SHOP_LOCALES = ["fr", "ar"] as const
export type ShopLocale = (typeof SHOP_LOCALES)[number]
export const DEFAULT_LOCALE: ShopLocale = "fr"

export const isShopLocale = (value: unknown): value is ShopLocale => SHOP_LOCALES.includes(value as ShopLocale)

/** A page's, a cart's or an e-mail's language from whatever was recorded ("ar", "ar-DZ", …): French unless Arabic. */
export const shopLocale = (value: unknown): ShopLocale => (typeof value === "string" && value.toLowerCase().startsWith("ar") ? "ar" : "fr")

export const textDirection = (locale: ShopLocale): "rtl" | "ltr" => (locale === "ar" ? "rtl" : "ltr")
