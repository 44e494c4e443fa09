import { getTranslations } from "next-intl/server"
import { activeFilterCount, SORTS, type ListingQuery } from "../lib/catalogue/listing"
import type { BrandChoice } from "../lib/catalogue/listing"

/**
 * A GET form: the filters live in the URL, so a filtered page can be shared and works without JavaScript.
 * On a phone it folds into a drawer (<details>, no script) so the parts come first; from the
 * listing's two-column width the stylesheet keeps it unfolded (globals.css, .filters-drawer).
 */
export async function CatalogueFilters({ query, brands, action }: { query: ListingQuery; brands: BrandChoice[]; action: string }) {
  const t = await getTranslations("catalogue")
  const active = activeFilterCount(query)
  return (
    <details className="filters-drawer">
      <summary className="filters-drawer__summary">
        {t("filters")}
        {active ? <span className="filters-drawer__count"> · {t("activeFilters", { count: active })}</span> : null}
      </summary>
      <form method="get" action={action} className="filters" aria-label={t("filters")}>
        {brands.length ? (
          <fieldset>
            <legend>{t("brand")}</legend>
            {brands.map((brand) => (
              <label key={brand.handle} className="check">
                <input type="checkbox" name="brand" value={brand.handle} defaultChecked={query.brands.includes(brand.handle)} />
                <span lang="fr">{brand.title}</span>
              </label>
            ))}
          </fieldset>
        ) : null}
        <fieldset>
          <legend>{t("price")}</legend>
          <label>
            {t("minPrice")}
            <input type="number" name="min" min={0} step={100} inputMode="numeric" defaultValue={query.minPrice ?? ""} />
          </label>
          <label>
            {t("maxPrice")}
            <input type="number" name="max" min={0} step={100} inputMode="numeric" defaultValue={query.maxPrice ?? ""} />
          </label>
        </fieldset>
        <label className="check">
          <input type="checkbox" name="stock" value="1" defaultChecked={query.inStockOnly} />
          {t("inStockOnly")}
        </label>
        <label>
          {t("sortBy")}
          <select name="sort" defaultValue={query.sort}>
            {SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`sort.${sort}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          {t("apply")}
        </button>
      </form>
    </details>
  )
}
