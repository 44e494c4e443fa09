import { getLocale, getTranslations } from "next-intl/server"
import { MAX_SEARCH_LENGTH } from "../lib/medusa/search"

/** A plain GET form: search works before (and without) JavaScript. */
export async function SearchForm() {
  const t = await getTranslations("search")
  const locale = await getLocale()
  return (
    <form role="search" action={`/${locale}/recherche`} method="get" className="search-form">
      <label htmlFor="search-q" className="visually-hidden">
        {t("label")}
      </label>
      <input id="search-q" name="q" type="search" placeholder={t("placeholder")} maxLength={MAX_SEARCH_LENGTH} />
      <button type="submit" className="button">
        {t("submit")}
      </button>
    </form>
  )
}
