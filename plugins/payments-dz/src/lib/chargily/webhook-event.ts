/**
 * What a verified Chargily webhook tells us: its event id (duplicates and replays are recognised by
 * it) and the checkout it is about. Only read after the signature is checked, and even then only a
 * hint: the checkout is asked again from Chargily before anything is done.
 */
export type ChargilyEvent = { id: string; type: string; checkout_id: string }

const ID = /^[A-Za-z0-9_-]{1,100}$/

export function readChargilyEvent(rawBody: Buffer): ChargilyEvent | undefined {
  let body: unknown
  try {
    body = JSON.parse(rawBody.toString("utf8"))
  } catch {
    return undefined
  }
  if (!body || typeof body !== "object") return undefined
  const { id, type, data } = body as Record<string, unknown>
  const checkoutId = data && typeof data === "object" ? (data as Record<string, unknown>).id : undefined
  if (typeof id !== "string" || !ID.test(id) || typeof type !== "string" || typeof checkoutId !== "string" || !ID.test(checkoutId)) return undefined
  return { id, type, checkout_id: checkoutId }
}
