/** The one answer to a signed link that does not open, wherever a route opens one (orders, registration, invoices). */
import { refusalBody } from "./refusals.js"
import type { LinkVerification } from "./signed-links.js"

export function badLinkRefusal(verification: Extract<LinkVerification, { ok: false }>) {
  const expired = verification.reason === "expired"
  return {
    status: expired ? 410 : 403,
    body: refusalBody("not_allowed", expired ? "link_expired" : "link_invalid", expired ? "This link has expired: ask for a new one." : "This link is not valid."),
  }
}
