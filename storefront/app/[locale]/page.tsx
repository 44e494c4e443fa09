import { getTranslations, setRequestLocale } from "next-intl/server"
import { BrandTiles } from "../../components/brand-tiles"
import { ProductGrid } from "../../components/product-card"
import { ShopLink } from "../../components/shop-link"
import type { Locale } from "../../i18n/routing"
import { homeSections } from "../../lib/medusa/home"

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = (await params).locale as Locale
  setRequestLocale(locale)
  const t = await getTranslations("home")
  const { categories, brands, sellers, featured } = await homeSections(locale)
  return (
    <>
      <section className="hero">
        <h1>{t("heroTitle")}</h1>
        <p>{t("heroText")}</p>
        <ShopLink className="button" href="/categories">
          {t("heroCta")}
        </ShopLink>
      </section>
      <ul className="reassurance" aria-label={t("reassurance")}>
        <li>{t("delivery")}</li>
        <li>{t("cashOnDelivery")}</li>
        <li>{t("genuineParts")}</li>
        <li>{t("advice")}</li>
      </ul>
      <section aria-labelledby="home-categories">
        <h2 id="home-categories">{t("categories")}</h2>
        <ul className="tiles">
          {categories.map((category) => (
            <li key={category.id}>
              <ShopLink href={`/categories/${category.handle}`}>{category.name}</ShopLink>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="home-featured">
        <h2 id="home-featured">{t("featured")}</h2>
        <ProductGrid products={featured} eagerCount={2} />
      </section>
      <section aria-labelledby="home-best-sellers">
        <h2 id="home-best-sellers">{t("bestSellers")}</h2>
        <ProductGrid products={sellers} />
      </section>
      <section aria-labelledby="home-brands">
        <h2 id="home-brands">{t("brands")}</h2>
        <BrandTiles brands={brands} />
      </section>
      <section className="repair-call" aria-labelledby="home-repair">
        <h2 id="home-repair">{t("repairTitle")}</h2>
        <p>{t("repairText")}</p>
        <ShopLink className="button" href="/reparation">
          {t("repairCta")}
        </ShopLink>
      </section>
    </>
  )
}
