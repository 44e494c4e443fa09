import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refusal, refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import { corsOrigins } from "../config/http"

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"])
const SESSION_COOKIE = "connect.sid"

/** The origins the shop's own pages are served from: those CORS lets call Medusa. */
function allowedOrigins(env: NodeJS.ProcessEnv): Set<string> {
  const { storeCors, adminCors, authCors } = corsOrigins(env)
  return new Set([storeCors, adminCors, authCors].flatMap((list) => list.split(",")).map((origin) => origin.trim().replace(/\/$/, "")).filter(Boolean))
}

function originOf(req: MedusaRequest): string | undefined {
  const origin = req.headers.origin
  if (typeof origin === "string" && origin !== "null") return origin
  const referer = req.headers.referer
  if (typeof referer !== "string") return undefined
  try {
    return new URL(referer).origin
  } catch {
    return undefined
  }
}

/**
 * Cross-site request forgery: a browser sends the session cookie with any site's form or request.
 * A state change authenticated by that cookie (not by a bearer token, which no other site holds)
 * must come from one of the shop's origins and carry JSON (a form or plain text cannot be sent
 * cross-site with a JSON content type without CORS agreeing); the dashboard's uploads are multipart.
 * SATIM's callback (/hooks) carries no cookie and is not concerned.
 */
export function refuseCrossSiteCookieWrites(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (SAFE_METHODS.has(req.method) || !req.headers.cookie?.includes(`${SESSION_COOKIE}=`) || /^bearer /i.test(req.headers.authorization ?? "")) return next()
  const origin = originOf(req)
  if (!origin || !allowedOrigins(process.env).has(origin)) {
    res.status(403).json(refusalBody("not_allowed", refusal("cross_site_request"), "This change must come from the shop's own pages."))
    return
  }
  const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase()
  const hasBody = Number(req.headers["content-length"] ?? 0) > 0 || Boolean(req.headers["transfer-encoding"])
  const upload = type === "multipart/form-data" && req.path.startsWith("/admin/uploads")
  if (hasBody && type !== "application/json" && !upload) {
    res.status(415).json(refusalBody("invalid_data", refusal("json_body_required"), "Send this change as JSON (Content-Type: application/json)."))
    return
  }
  next()
}
