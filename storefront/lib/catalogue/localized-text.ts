/**
 * Catalogue texts are French in Medusa's own fields; the Arabic ones are kept in `metadata`
 * (title_ar, summary_ar, name_ar, description_ar). Arabic pages show the Arabic text when there is one.
 */
export function localizedText(french: string, metadata: Record<string, unknown> | null | undefined, arabicKey: string, locale: string): string {
  const arabic = locale === "ar" ? metadata?.[arabicKey] : undefined
  return typeof arabic === "string" && arabic.trim() ? arabic : french
}
