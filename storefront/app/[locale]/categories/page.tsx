import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { ShopLink } from "../../../components/shop-link"
import type { Locale } from "../../../i18n/routing"
import { listCategories } from "../../../lib/medusa/catalogue"

export async function generateMetadata({ params }: PageProps<"/[locale]/categories">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "catalogue" })
  return { title: t("allCategories") }
}

export default async function CategoriesPage({ params }: PageProps<"/[locale]/categories">) {
  const locale = (await params).locale as Locale
  setRequestLocale(locale)
  const t = await getTranslations("catalogue")
  const categories = await listCategories(locale)
  return (
    <>
      <h1>{t("allCategories")}</h1>
      <ul className="category-list">
        {categories.map((category) => (
          <li key={category.id}>
            <ShopLink href={`/categories/${category.handle}`}>
              <strong>{category.name}</strong>
            </ShopLink>
            <p>{category.description}</p>
          </li>
        ))}
      </ul>
    </>
  )
}
