/**
 * Where to go after logging in: a page of this shop in the same language (never another site:
 * "//evil.example" or "/\\evil" would leave it), the account page otherwise.
 */
export function safeReturnPath(requested: string, locale: string): string {
  const home = `/${locale}/compte`
  if (!requested.startsWith(`/${locale}/`) || requested.startsWith("//") || /[\\\s]/.test(requested)) return home
  return requested.slice(0, 500)
}
