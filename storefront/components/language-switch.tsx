import { getLocale, getTranslations } from "next-intl/server"
import { headers } from "next/headers"
import { otherLanguageHref } from "../lib/i18n/other-language"

/** The same page in the other language, query kept (search, filters); a plain server-rendered link. */
export async function LanguageSwitch() {
  const t = await getTranslations("nav")
  const locale = await getLocale()
  const other = locale === "ar" ? "fr" : "ar"
  const current = (await headers()).get("x-page-path") ?? `/${locale}`
  return (
    <a href={otherLanguageHref(current, other)} hrefLang={other} lang={other} className="language-switch">
      {t("otherLanguage")}
    </a>
  )
}
