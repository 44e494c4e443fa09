/**
 * Who "the client" is, for rate limits and the security log: the socket peer, unless that peer is a
 * proxy we were told to trust (TRUSTED_PROXIES: addresses, CIDR ranges, or proxy-addr's names such
 * as "loopback"), in which case the address it forwarded in X-Forwarded-For. Medusa's own
 * `trust proxy` would believe any X-Forwarded-For, so a script could pick a new address per request.
 */
import type { IncomingMessage } from "node:http"
import proxyaddr from "proxy-addr"

type Trust = (address: string, hop: number) => boolean

const compiled = new Map<string, Trust>()

/** The proxies trusted to tell the client's address (empty: trust none, the socket peer is the client). */
export function trustedProxies(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.TRUSTED_PROXIES ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
}

function trustFor(list: string[]): Trust {
  const key = list.join(",")
  let trust = compiled.get(key)
  if (!trust) {
    // proxy-addr throws on a malformed entry; medusa-config.ts runs checkTrustedProxies at start.
    trust = proxyaddr.compile(list)
    compiled.set(key, trust)
  }
  return trust
}

/** Throws when TRUSTED_PROXIES holds something that is not an address, a range or a known name. */
export function checkTrustedProxies(env: NodeJS.ProcessEnv = process.env): void {
  trustFor(trustedProxies(env))
}

export function clientAddress(req: IncomingMessage, env: NodeJS.ProcessEnv = process.env): string {
  const address = proxyaddr(req as Parameters<typeof proxyaddr>[0], trustFor(trustedProxies(env)))
  // IPv4 seen through an IPv6 socket: one client, one key.
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address
}

/**
 * Whether the client reached us over TLS: our own socket, or a trusted proxy saying so in
 * X-Forwarded-Proto (anyone else's header is ignored, like their X-Forwarded-For).
 */
export function servedOverTls(req: IncomingMessage, env: NodeJS.ProcessEnv = process.env): boolean {
  if ((req.socket as { encrypted?: boolean }).encrypted) return true
  if (!isTrustedPeer(req, env)) return false
  const proto = req.headers["x-forwarded-proto"]
  return (Array.isArray(proto) ? proto[0] : proto)?.split(",")[0]?.trim().toLowerCase() === "https"
}

/** Whether the socket peer is one of TRUSTED_PROXIES (the only peers whose X-Forwarded-* headers mean anything). */
export function isTrustedPeer(req: IncomingMessage, env: NodeJS.ProcessEnv = process.env): boolean {
  const peer = req.socket.remoteAddress
  return Boolean(peer) && trustFor(trustedProxies(env))(peer!, 0)
}

/** Whether the socket peer is a proxy we trust (the storefront, a TLS proxy) speaking for itself, with no client named. */
export function isTrustedProxyItself(req: IncomingMessage, env: NodeJS.ProcessEnv = process.env): boolean {
  return !req.headers["x-forwarded-for"] && isTrustedPeer(req, env)
}
