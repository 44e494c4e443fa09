import { getLocale } from "next-intl/server"
import type { AnchorHTMLAttributes } from "react"

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & { href: string }

/**
 * A plain link in the page's language ("/categories" → "/fr/categories"). Server-rendered anchors:
 * no client component to hydrate and no prefetching of every product on a grid, which keeps the
 * main thread free on a mid-range phone.
 */
export async function ShopLink({ href, ...rest }: Props) {
  const locale = await getLocale()
  return <a href={`/${locale}${href === "/" ? "" : href}`} {...rest} />
}
