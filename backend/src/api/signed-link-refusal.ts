import type { MedusaResponse } from "@medusajs/framework/http"
import { badLinkRefusal } from "@mj-chauffage/shop-kernel/link-refusal"
import type { LinkVerification } from "@mj-chauffage/shop-kernel/signed-links"

/** The one answer to a signed link that does not open: 410 `link_expired` past its date, 403 `link_invalid` otherwise. */
export function refuseBadLink(res: MedusaResponse, verification: Extract<LinkVerification, { ok: false }>): void {
  const { status, body } = badLinkRefusal(verification)
  res.status(status).json(body)
}
