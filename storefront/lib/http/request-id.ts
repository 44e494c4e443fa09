/**
 * One id per page request, made by proxy.ts and sent to Medusa (X-Request-Id), so that a failure can
 * be followed from the storefront's logs into Medusa's. An id from upstream (the front proxy) is kept
 * when well formed.
 */
export const REQUEST_ID_HEADER = "x-request-id"

const WELL_FORMED = /^[A-Za-z0-9._:-]{8,128}$/

export function requestIdFor(upstream: string | null, newId: () => string = () => crypto.randomUUID()): string {
  return upstream && WELL_FORMED.test(upstream) ? upstream : newId()
}
