import { getTranslations } from "next-intl/server"

/** A plain GET form: search works before (and without) JavaScript. */
export async function SearchForm({ query = "" }: { query?: string }) {
  const t = await getTranslations("search")
  const locale = (await getTranslations("meta"))("locale")
  return (
    <form role="search" action={`/${locale}/recherche`} method="get" className="search-form">
      <label htmlFor="search-q" className="visually-hidden">
        {t("label")}
      </label>
      <input id="search-q" name="q" type="search" defaultValue={query} placeholder={t("placeholder")} maxLength={100} />
      <button type="submit" className="button">
        {t("submit")}
      </button>
    </form>
  )
}
