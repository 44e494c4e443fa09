import type { Metadata } from "next"
import { setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { ProductListing } from "../../../../components/product-listing"
import type { Locale } from "../../../../i18n/routing"
import { findCategory, listBrands, listProducts } from "../../../../lib/medusa/catalogue"

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
  const [products, brands] = await Promise.all([listProducts({ category_id: category.id }, locale), listBrands()])
  const present = brands.filter((brand) => products.some((product) => product.brand?.handle === brand.handle))
  return (
    <>
      <h1>{category.name}</h1>
      <p className="lead">{category.description}</p>
      <ProductListing products={products} brands={present} params={await searchParams} pathname={`/categories/${handle}`} locale={locale} />
    </>
  )
}
