import type { ProductView } from "./product-view"

const AVAILABILITY = {
  in_stock: "https://schema.org/InStock",
  low_stock: "https://schema.org/LimitedAvailability",
  out_of_stock: "https://schema.org/OutOfStock",
  // Medusa did not say: no availability rather than a wrong one.
  unknown: undefined,
} as const

/** schema.org Product data for search engines: one Offer per variant, prices TTC in DZD. */
export function productJsonLd(product: ProductView, url: string): string {
  const data = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    description: product.summary,
    image: product.images,
    sku: product.variants[0]?.sku ?? undefined,
    mpn: product.mpn ?? undefined,
    brand: product.brand ? { "@type": "Brand", name: product.brand.title } : undefined,
    category: product.category?.name,
    offers: product.variants
      .filter((variant) => variant.price !== null)
      .map((variant) => ({
        "@type": "Offer",
        url,
        sku: variant.sku ?? undefined,
        price: variant.price,
        priceCurrency: "DZD",
        availability: AVAILABILITY[variant.stock],
        itemCondition: "https://schema.org/NewCondition",
      })),
  }
  // "<" escaped so that no text of the catalogue can close the script element.
  return JSON.stringify(data).replace(/</g, "\\u003c")
}
