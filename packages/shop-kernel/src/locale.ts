/** The shop's two languages: French first, Arabic (right to left) second. */
export const SHOP_LOCALES = ["fr", "ar"] as const
export type ShopLocale = (typeof SHOP_LOCALES)[number]
export const DEFAULT_LOCALE: ShopLocale = "fr"

export const isShopLocale = (value: unknown): value is ShopLocale => SHOP_LOCALES.includes(value as ShopLocale)

/** A page's, a cart's or an e-mail's language from whatever was recorded ("ar", "ar-DZ", …): French unless Arabic. */
export const shopLocale = (value: unknown): ShopLocale => (typeof value === "string" && value.toLowerCase().startsWith("ar") ? "ar" : "fr")

export const textDirection = (locale: ShopLocale): "rtl" | "ltr" => (locale === "ar" ? "rtl" : "ltr")

/** Between the items of a list written for display: Arabic has its own comma (،). */
export const listSeparator = (locale: ShopLocale): string => (locale === "ar" ? "، " : ", ")

/** Items joined for display in the language's own punctuation. */
export const joinForDisplay = (items: readonly string[], locale: ShopLocale): string => items.join(listSeparator(locale))

/**
 * Text that must read left to right (a phone number, a code) inside a sentence of either direction,
 * for plain text where no <bdi dir="ltr"> exists (e-mails, SMS): Unicode's left-to-right isolate.
 * In Arabic "+213 770 11 22 33" would otherwise read "213 770 11 22 33+".
 */
export const ltrIsolate = (text: string): string => `\u2066${text}\u2069`

/**
 * The locale Medusa's Translation module keeps the Arabic catalogue under (product titles and
 * descriptions, category names). French is Medusa's own fields, so French pages ask for no locale.
 */
export const ARABIC_CONTENT_LOCALE = "ar-DZ"

/** The Store API locale (`?locale=`) a page reads the catalogue in: none for French, the base. */
export const contentLocale = (locale: ShopLocale): string | undefined => (locale === "ar" ? ARABIC_CONTENT_LOCALE : undefined)
