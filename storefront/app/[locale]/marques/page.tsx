import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { BrandTiles } from "../../../components/brand-tiles"
import type { Locale } from "../../../i18n/routing"
import { listBrands } from "../../../lib/medusa/catalogue"

export async function generateMetadata({ params }: PageProps<"/[locale]/marques">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "catalogue" })
  return { title: t("allBrands") }
}

export default async function BrandsPage({ params }: PageProps<"/[locale]/marques">) {
  setRequestLocale((await params).locale as Locale)
  const t = await getTranslations("catalogue")
  const brands = await listBrands()
  return (
    <>
      <h1>{t("allBrands")}</h1>
      <BrandTiles brands={brands} />
    </>
  )
}
