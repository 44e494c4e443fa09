"use client"
import { useLocale, useTranslations } from "next-intl"
import { useSearchParams } from "next/navigation"
import { Link, usePathname } from "../i18n/navigation"

/** Switches language on the same page, keeping its query (search, filters). */
export function LanguageSwitch() {
  const t = useTranslations("nav")
  const locale = useLocale()
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const other = locale === "ar" ? "fr" : "ar"
  const query = Object.fromEntries(searchParams.entries())
  return (
    <Link href={{ pathname, query }} locale={other} hrefLang={other} lang={other} className="language-switch">
      {t("otherLanguage")}
    </Link>
  )
}
