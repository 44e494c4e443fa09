import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "../i18n/navigation"
import type { Locale } from "../i18n/routing"
import type { ProductView } from "../lib/catalogue/product-view"
import { Price } from "./price"
import { StockBadge } from "./stock-badge"

export async function ProductCard({ product }: { product: ProductView }) {
  const locale = (await getLocale()) as Locale
  const t = await getTranslations("product")
  return (
    <article className="product-card">
      <Link href={`/produits/${product.handle}`} className="product-card__link">
        {product.thumbnail ? (
          <img src={product.thumbnail} alt="" width={320} height={240} loading="lazy" decoding="async" className="product-card__image" />
        ) : null}
        <h3 className="product-card__title">{product.title}</h3>
      </Link>
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

export function ProductGrid({ products }: { products: ProductView[] }) {
  return (
    <ul className="product-grid">
      {products.map((product) => (
        <li key={product.id}>
          <ProductCard product={product} />
        </li>
      ))}
    </ul>
  )
}
