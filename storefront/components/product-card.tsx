import { getLocale, getTranslations } from "next-intl/server"
import { ShopLink } from "./shop-link"
import type { Locale } from "../i18n/routing"
import type { ProductView } from "../lib/catalogue/product-view"
import { Price } from "./price"
import { StockBadge } from "./stock-badge"

type CardOptions = {
  /** The first cards of a page are loaded at once (they are the largest paint), the rest lazily. */
  eager?: boolean
  /** h2 under a page title, h3 under a section title: headings never skip a level. */
  headingLevel?: 2 | 3
}

export async function ProductCard({ product, eager = false, headingLevel = 3 }: { product: ProductView } & CardOptions) {
  const Heading = headingLevel === 2 ? "h2" : "h3"
  const locale = (await getLocale()) as Locale
  const t = await getTranslations("product")
  return (
    <article className="product-card">
      <ShopLink href={`/produits/${product.handle}`} className="product-card__link">
        {product.thumbnail ? (
          <img
            src={product.thumbnail}
            alt=""
            width={320}
            height={240}
            loading={eager ? "eager" : "lazy"}
            fetchPriority={eager ? "high" : "auto"}
            decoding="async"
            className="product-card__image"
          />
        ) : null}
        <Heading className="product-card__title">{product.title}</Heading>
      </ShopLink>
      {product.brand ? <p className="product-card__brand">{product.brand.title}</p> : null}
      {product.mpn ? (
        <p className="product-card__ref">
          {t("mpn")} <bdi dir="ltr">{product.mpn}</bdi>
        </p>
      ) : null}
      <p className="product-card__price">
        {product.price !== null ? <Price amount={product.price} locale={locale} /> : t("noPrice")}
      </p>
      <StockBadge state={product.stock} />
    </article>
  )
}

export function ProductGrid({ products, eagerCount = 0, headingLevel = 3 }: { products: ProductView[]; eagerCount?: number; headingLevel?: 2 | 3 }) {
  return (
    <ul className="product-grid">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} eager={index < eagerCount} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}
