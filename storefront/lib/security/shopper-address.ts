/**
 * The shopper's network address as this server received it, to hand on to Medusa (which believes it
 * only from the storefront's own address, TRUSTED_PROXIES there): the rightmost X-Forwarded-For entry,
 * the one written by the proxy in front of us or, without a proxy, by Next from the socket. Entries
 * further left are whatever the browser sent and are not kept.
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
