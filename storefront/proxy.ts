import createMiddleware from "next-intl/middleware"
import type { NextRequest } from "next/server"
import { routing } from "./i18n/routing"
import { contentSecurityPolicy, imageOriginsFrom, newNonce } from "./lib/security/content-security-policy"
import { REQUEST_ID_HEADER, requestIdFor } from "./lib/http/request-id"

const handleI18nRouting = createMiddleware(routing)

/**
 * Every page gets a fresh nonce: the layout reads it from the request (x-nonce) and Next stamps it on
 * its own scripts. Pages are rendered per request so that the nonce is always the response's.
 */
export default function proxy(request: NextRequest) {
  const nonce = newNonce()
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development", imageOriginsFrom(process.env))
  request.headers.set("x-nonce", nonce)
  request.headers.set("content-security-policy", csp)
  // One id for this page and every Medusa call it makes (lib/medusa/page-request-id.ts).
  const requestId = requestIdFor(request.headers.get(REQUEST_ID_HEADER))
  request.headers.set(REQUEST_ID_HEADER, requestId)
  // The page's own path, for the server-rendered language switch.
  request.headers.set("x-page-path", request.nextUrl.pathname + request.nextUrl.search)
  const response = handleI18nRouting(request)
  response.headers.set("Content-Security-Policy", csp)
  response.headers.set("X-Request-Id", requestId)
  return response
}

export const config = {
  // Pages only: not Next's assets, not the API routes, not files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
}
