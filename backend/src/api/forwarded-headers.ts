import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { isTrustedPeer, trustedProxies } from "@mj-chauffage/shop-kernel/server/client-address"

/** What a proxy tells us about the client and its connection: meaningful only from a proxy we trust. */
const FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "forwarded"] as const

let expressTrustSet = false

/**
 * Medusa sets Express's `trust proxy` to 1 and express-session's `proxy: true`, so any caller's
 * X-Forwarded-Proto decides whether the session cookie is treated as sent over TLS, and its
 * X-Forwarded-For becomes `req.ip` in Medusa's logs. Here those headers are dropped unless the socket
 * peer is in TRUSTED_PROXIES, and Express is told the same list, so every reader downstream
 * (express-session when it writes the cookie, `req.ip`, `req.protocol`) sees only what a trusted
 * proxy said. Medusa gives no hook on its Express app before the first request, hence the one-time set.
 */
export function believeForwardingOnlyFromTrustedProxies(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (!expressTrustSet) {
    req.app.set("trust proxy", trustedProxies())
    expressTrustSet = true
  }
  if (!isTrustedPeer(req)) {
    for (const header of FORWARDED_HEADERS) delete req.headers[header]
  }
  next()
}
