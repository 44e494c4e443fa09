import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { ProductGrid } from "../../../components/product-card"
import type { Locale } from "../../../i18n/routing"
import { MAX_SEARCH_LENGTH, searchProducts } from "../../../lib/medusa/search"

const queryOf = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value ?? "").slice(0, MAX_SEARCH_LENGTH)

export async function generateMetadata({ params }: PageProps<"/[locale]/recherche">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "search" })
  return { title: t("title"), robots: { index: false } }
}

export default async function SearchPage({ params, searchParams }: PageProps<"/[locale]/recherche">) {
  const locale = (await params).locale as Locale
  setRequestLocale(locale)
  const t = await getTranslations("search")
  const query = queryOf((await searchParams).q).trim()
  const products = query ? await searchProducts(query, locale) : []
  return (
    <>
      <h1>{t("title")}</h1>
      {query ? (
        <p role="status" className="search-summary">
          {t("resultsFor", { count: products.length })} <q className="search-query">{query}</q>
        </p>
      ) : (
        <p>{t("hint")}</p>
      )}
      {products.length ? <ProductGrid products={products} eagerCount={2} headingLevel={2} /> : query ? <p>{t("noResults")}</p> : null}
    </>
  )
}
