/** "/fr/recherche?q=x" → "/ar/recherche?q=x": the same page and query in another language. */
export function otherLanguageHref(pathWithQuery: string, other: string): string {
  const url = new URL(pathWithQuery, "http://shop.invalid")
  const rest = url.pathname.replace(/^\/(fr|ar)(?=\/|$)/, "")
  return `/${other}${rest}${url.search}`
}
