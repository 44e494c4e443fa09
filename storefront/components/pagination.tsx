import { getTranslations } from "next-intl/server"
import { ShopLink } from "./shop-link"

type Params = Record<string, string | string[] | undefined>

/** Previous / next links that keep the filters of the page. */
export async function Pagination({ pathname, params, page, pages }: { pathname: string; params: Params; page: number; pages: number }) {
  if (pages <= 1) return null
  const t = await getTranslations("catalogue")
  const hrefFor = (target: number) => {
    const query = new URLSearchParams()
    for (const [key, value] of Object.entries(params)) {
      if (key === "page" || value === undefined) continue
      for (const item of Array.isArray(value) ? value : [value]) query.append(key, item)
    }
    query.set("page", String(target))
    return `${pathname}?${query}`
  }
  return (
    <nav className="pagination" aria-label={t("pagination")}>
      {page > 1 ? <ShopLink href={hrefFor(page - 1)}>{t("previous")}</ShopLink> : null}
      <span>{t("pageOf", { page, pages })}</span>
      {page < pages ? <ShopLink href={hrefFor(page + 1)}>{t("next")}</ShopLink> : null}
    </nav>
  )
}
