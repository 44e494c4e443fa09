/**
 * Arabic for the words of product options (their titles, "Connexion", and values, "Sans fil").
 *
 * Medusa keeps options in French. They are a small vocabulary shared by many products ("Lot de 5" is on
 * every gasket kit, "Filaire" on every wired thermostat), so each word's Arabic is kept once, here, instead
 * of being copied into the metadata of every product option and option value (which would also need every
 * existing database rewritten, and a second read for cart lines, which only carry the French
 * `variant_title`). Words that are not listed (model names such as "TRZ 12-2", "Sensys") stay as they are:
 * model and brand names and units are printed in Latin letters on the parts.
 */
const OPTION_TITLES_AR: Record<string, string> = {
  Version: "الإصدار",
  Connexion: "التوصيل",
  Montage: "التركيب",
  Capacité: "السعة",
  Conditionnement: "التعبئة",
  Puissance: "القدرة",
  Tension: "الجهد",
  Longueur: "الطول",
  Diamètre: "القطر",
}

/** French words inside option values, longest first so "sans fil" wins over a shorter word. */
const OPTION_VALUE_WORDS_AR: [RegExp, string][] = [
  [/^Standard$/i, "عادي"],
  [/^Filaire$/i, "سلكي"],
  [/\bsans fil\b/i, "لاسلكي"],
  [/\bsonde extérieure\b/i, "مجس خارجي"],
  [/^Pack\b/i, "حزمة"],
  [/^À applique$/i, "بالتثبيت على الأنبوب"],
  [/^À plongeur$/i, "بالغمس"],
  [/^À immersion$/i, "بالغمر"],
  [/^À clip$/i, "بمشبك"],
  [/^Lot de (\d+)$/i, "طقم من $1 قطع"],
]

/** The option's title in the page's language (French when no Arabic form is known). */
export function optionTitleIn(title: string, locale: string): string {
  if (locale !== "ar") return title
  return OPTION_TITLES_AR[title.trim()] ?? title
}

/** An option value (or a cart line's variant title) in the page's language; model names and units stay Latin. */
export function optionValueIn(value: string, locale: string): string {
  if (locale !== "ar") return value
  return OPTION_VALUE_WORDS_AR.reduce((text, [french, arabic]) => text.replace(french, arabic), value.trim())
}
