import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { ProductListing } from "../../../../components/product-listing"
import type { Locale } from "../../../../i18n/routing"
import { findBrand, listProducts } from "../../../../lib/medusa/catalogue"

export async function generateMetadata({ params }: PageProps<"/[locale]/marques/[handle]">): Promise<Metadata> {
  const { locale, handle } = await params
  const brand = await findBrand(handle)
  const t = await getTranslations({ locale, namespace: "catalogue" })
  return brand ? { title: t("brandTitle", { brand: brand.title }) } : {}
}

export default async function BrandPage({ params, searchParams }: PageProps<"/[locale]/marques/[handle]">) {
  const { locale: raw, handle } = await params
  const locale = raw as Locale
  setRequestLocale(locale)
  const brand = await findBrand(handle)
  if (!brand) notFound()
  const t = await getTranslations("catalogue")
  const products = await listProducts({ collection_id: brand.id }, locale)
  return (
    <>
      <h1>{t("brandTitle", { brand: brand.title })}</h1>
      <ProductListing products={products} brands={[]} params={await searchParams} pathname={`/marques/${handle}`} locale={locale} />
    </>
  )
}
