import type { MedusaResponse } from "@medusajs/framework/http"
import type { LinkVerification } from "@mj-chauffage/shop-kernel/signed-links"
import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"

/** The one answer to a signed link that does not open: 410 `link_expired` past its date, 403 `link_invalid` otherwise. */
export function refuseBadLink(res: MedusaResponse, verification: Extract<LinkVerification, { ok: false }>): void {
  const expired = verification.reason === "expired"
  res
    .status(expired ? 410 : 403)
    .json(refusalBody("not_allowed", expired ? "link_expired" : "link_invalid", expired ? "This link has expired: ask for a new one." : "This link is not valid."))
}
