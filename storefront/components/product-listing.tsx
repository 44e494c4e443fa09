import { getTranslations } from "next-intl/server"
import type { Locale } from "../i18n/routing"
import { applyListing, readListingQuery, type BrandChoice } from "../lib/catalogue/listing"
import type { ProductView } from "../lib/catalogue/product-view"
import { CatalogueFilters } from "./catalogue-filters"
import { Pagination } from "./pagination"
import { ProductGrid } from "./product-card"

type Params = Record<string, string | string[] | undefined>

/** A category's or a brand's parts with the filters, sorting and pagination read from the URL. */
export async function ProductListing(props: { products: ProductView[]; brands: BrandChoice[]; params: Params; pathname: string; locale: Locale }) {
  const t = await getTranslations("catalogue")
  const query = readListingQuery(props.params)
  const listing = applyListing(props.products, query, props.locale)
  return (
    <div className="listing">
      <CatalogueFilters query={query} brands={props.brands} action={`/${props.locale}${props.pathname}`} />
      <div>
        <p className="listing__count" role="status">
          {t("count", { count: listing.total })}
        </p>
        {listing.products.length ? <ProductGrid products={listing.products} eagerCount={2} headingLevel={2} /> : <p>{t("empty")}</p>}
        <Pagination pathname={props.pathname} params={props.params} page={listing.page} pages={listing.pages} />
      </div>
    </div>
  )
}
