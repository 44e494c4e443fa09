/**
 * The shopper's network address, to hand on to Medusa (which believes it only from the storefront's
 * own address, TRUSTED_PROXIES there): the rightmost X-Forwarded-For entry, the one the reverse proxy
 * in front of the storefront appended (entries further left are whatever the browser sent). This
 * holds only behind such a proxy: Next itself writes the socket's address only when the request has
 * no X-Forwarded-For, so a storefront reached directly would pass on whatever the browser claims —
 * production always puts a TLS reverse proxy in front (README, Deploy).
 */
export function shopperAddress(forwardedFor: string | null | undefined): string | undefined {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
  const nearest = entries.at(-1)
  // An address has no spaces or quotes; anything odd is not passed on.
  return nearest && /^[0-9A-Fa-f:.]{2,45}$/.test(nearest) ? nearest : undefined
}
