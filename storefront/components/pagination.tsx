import { getTranslations } from "next-intl/server"
import { Link } from "../i18n/navigation"

type Params = Record<string, string | string[] | undefined>

/** Previous / next links that keep the filters of the page. */
export async function Pagination({ pathname, params, page, pages }: { pathname: string; params: Params; page: number; pages: number }) {
  if (pages <= 1) return null
  const t = await getTranslations("catalogue")
  const hrefFor = (target: number) => {
    const query: Record<string, string | string[]> = {}
    for (const [key, value] of Object.entries(params)) if (value !== undefined && key !== "page") query[key] = value
    return { pathname, query: { ...query, page: String(target) } }
  }
  return (
    <nav className="pagination" aria-label={t("pagination")}>
      {page > 1 ? <Link href={hrefFor(page - 1)}>{t("previous")}</Link> : null}
      <span>{t("pageOf", { page, pages })}</span>
      {page < pages ? <Link href={hrefFor(page + 1)}>{t("next")}</Link> : null}
    </nav>
  )
}
