import type { Metadata } from "next"
import { setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { ProductListing } from "../../../../components/product-listing"
import type { Locale } from "../../../../i18n/routing"
import { brandsOf } from "../../../../lib/catalogue/listing"
import { findCategory, listProducts } from "../../../../lib/medusa/catalogue"

export async function generateMetadata({ params }: PageProps<"/[locale]/categories/[handle]">): Promise<Metadata> {
  const { locale, handle } = await params
  const category = await findCategory(handle, locale as Locale)
  return category ? { title: category.name, description: category.description } : {}
}

export default async function CategoryPage({ params, searchParams }: PageProps<"/[locale]/categories/[handle]">) {
  const { locale: raw, handle } = await params
  const locale = raw as Locale
  setRequestLocale(locale)
  const category = await findCategory(handle, locale)
  if (!category) notFound()
  const products = await listProducts({ category_id: category.id }, locale)
  return (
    <>
      <h1>{category.name}</h1>
      <p className="lead">{category.description}</p>
      <ProductListing products={products} brands={brandsOf(products)} params={await searchParams} pathname={`/categories/${handle}`} locale={locale} />
    </>
  )
}
