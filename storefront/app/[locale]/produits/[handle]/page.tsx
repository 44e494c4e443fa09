import { storefrontUrl } from "@mj-chauffage/shop-kernel/storefront-url"
import type { Metadata } from "next"
import { joinForDisplay } from "@mj-chauffage/shop-kernel/locale"
import { ClientMessages } from "../../../../components/client-messages"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { headers } from "next/headers"
import { notFound } from "next/navigation"
import { AddToCartForm } from "../../../../components/add-to-cart-form"
import { Price } from "../../../../components/price"
import { StockBadge } from "../../../../components/stock-badge"
import { ShopContact } from "../../../../components/shop-contact"
import { ShopLink } from "../../../../components/shop-link"
import type { Locale } from "../../../../i18n/routing"
import { productJsonLd } from "../../../../lib/catalogue/product-json-ld"
import { findProduct } from "../../../../lib/medusa/catalogue"

export async function generateMetadata({ params }: PageProps<"/[locale]/produits/[handle]">): Promise<Metadata> {
  const { locale, handle } = await params
  const product = await findProduct(handle, locale as Locale)
  if (!product) return {}
  return {
    title: product.title,
    description: product.summary.split("\n")[0],
    alternates: { canonical: `/${locale}/produits/${handle}`, languages: { fr: `/fr/produits/${handle}`, ar: `/ar/produits/${handle}` } },
    openGraph: { title: product.title, images: product.thumbnail ? [product.thumbnail] : [] },
  }
}

export default async function ProductPage({ params }: PageProps<"/[locale]/produits/[handle]">) {
  const { locale: raw, handle } = await params
  const locale = raw as Locale
  setRequestLocale(locale)
  const product = await findProduct(handle, locale)
  if (!product) notFound()
  const t = await getTranslations("product")
  const nonce = (await headers()).get("x-nonce") ?? undefined
  const url = `${storefrontUrl()}/${locale}/produits/${handle}`
  return (
    <article className="product-page">
      <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: productJsonLd(product, url) }} />
      <nav aria-label={t("breadcrumb")} className="breadcrumb">
        <ShopLink href="/">{t("home")}</ShopLink>
        {product.category ? (
          <>
            {" › "}
            <ShopLink href={`/categories/${product.category.handle}`}>{product.category.name}</ShopLink>
          </>
        ) : null}
      </nav>
      <div className="product-page__layout">
        <div className="gallery">
          {product.images.map((image, index) => (
            <img
              key={image}
              src={image}
              alt={t("pictureOf", { title: product.title, number: index + 1 })}
              width={640}
              height={480}
              loading={index === 0 ? "eager" : "lazy"}
              fetchPriority={index === 0 ? "high" : "auto"}
              decoding="async"
            />
          ))}
        </div>
        <div className="product-page__details">
          <h1>{product.title}</h1>
          {product.brand ? (
            <p>
              {t("brand")}{" "}
              <ShopLink href={`/marques/${product.brand.handle}`} lang="fr">
                {product.brand.title}
              </ShopLink>
            </p>
          ) : null}
          <p className="product-page__price">
            {product.price !== null ? <Price amount={product.price} locale={locale} /> : t("noPrice")} <span>{t("taxIncluded")}</span>
          </p>
          <StockBadge state={product.stock} />
          <ClientMessages namespaces={["product"]}>
            <AddToCartForm
              optionTitle={product.optionTitle}
              variants={product.variants.map((variant) => ({
                id: variant.id,
                title: variant.title,
                titleIsFrench: variant.titleIsFrench,
                stock: variant.stock,
                available: variant.available,
                price: variant.price,
              }))}
            />
          </ClientMessages>
          <ShopContact purpose="product" />
          <dl className="specs">
            {product.mpn ? (
              <>
                <dt>{t("mpn")}</dt>
                <dd>
                  <bdi dir="ltr">{joinForDisplay(product.variants.map((variant) => variant.mpn ?? product.mpn ?? ""), locale)}</bdi>
                </dd>
              </>
            ) : null}
            <dt>{t("sku")}</dt>
            <dd>
              <bdi dir="ltr">{joinForDisplay(product.variants.map((variant) => variant.sku ?? "").filter(Boolean), locale)}</bdi>
            </dd>
          </dl>
          {product.compatibleModels.length ? (
            <section aria-labelledby="compatible-models">
              <h2 id="compatible-models">{t("compatibleModels")}</h2>
              <ul className="models" lang="fr">
                {product.compatibleModels.map((model) => (
                  <li key={model}>{model}</li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="description">
            <h2 id="description">{t("description")}</h2>
            {product.summary.split("\n\n").map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </section>
        </div>
      </div>
    </article>
  )
}
