import type http from "node:http"
import { servedOverTls } from "@mj-chauffage/shop-kernel/server/client-address"
import helmet from "helmet"
import { setAnswerHook } from "./answer-hooks"

/**
 * Security headers on every Medusa answer (helmet): no X-Powered-By, nosniff, no framing, a strict
 * Referrer-Policy, HSTS when the client came over TLS (as our socket or a trusted proxy says). JSON
 * answers get a CSP that allows nothing (an API answer is never a page); the admin dashboard its own,
 * for its bundled scripts; uploaded files one that keeps an SVG from running script, and may be
 * shown by the storefront's pages on another origin.
 *
 * Set as the head of each answer is written (answer-hooks.ts), not by a route middleware: Medusa
 * answers some requests before any middleware of ours runs, and those need the headers too.
 */
const NOTHING = { "default-src": ["'none'"], "frame-ancestors": ["'none'"], "base-uri": ["'none'"], "form-action": ["'none'"] }

const ADMIN = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  // The dashboard's components set style attributes.
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:", "blob:"],
  "font-src": ["'self'", "data:"],
  "connect-src": ["'self'"],
  "worker-src": ["'self'", "blob:"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
}

const common = {
  strictTransportSecurity: false as const,
  crossOriginEmbedderPolicy: false,
  frameguard: { action: "deny" as const },
  referrerPolicy: { policy: "strict-origin-when-cross-origin" as const },
}
const apiHeaders = helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives: NOTHING }, crossOriginResourcePolicy: { policy: "same-site" } })
const fileHeaders = helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives: NOTHING }, crossOriginResourcePolicy: { policy: "cross-origin" } })
const adminHeaders = helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives: ADMIN }, crossOriginResourcePolicy: { policy: "same-origin" } })
const devAdminHeaders = helmet({ ...common, contentSecurityPolicy: false, crossOriginResourcePolicy: { policy: "same-origin" } })

function applyHeaders(req: http.IncomingMessage, res: http.ServerResponse, development: boolean, env: NodeJS.ProcessEnv) {
  res.removeHeader("X-Powered-By")
  if (servedOverTls(req, env)) res.setHeader("Strict-Transport-Security", "max-age=63072000; includeSubDomains")
  // Express strips a mount point (/app, /static) from req.url while inside it; originalUrl keeps it.
  const path = (req as { originalUrl?: string }).originalUrl ?? req.url ?? "/"
  // In development the dashboard is served by Vite, whose live reloading needs inline scripts.
  const headers = path.startsWith("/app") ? (development ? devAdminHeaders : adminHeaders) : path.startsWith("/static") ? fileHeaders : apiHeaders
  headers(req, res, () => undefined)
}

/** Adds the headers to every answer this process writes from now on (the latest configuration wins). */
export function installSecurityHeaders(env: NodeJS.ProcessEnv = process.env): void {
  const development = (env.NODE_ENV || "development") === "development"
  setAnswerHook("security-headers", (req, res) => applyHeaders(req, res, development, env))
}
