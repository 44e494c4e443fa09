import { randomUUID } from "node:crypto"
import type http from "node:http"
import { isTrustedPeer } from "@mj-chauffage/shop-kernel/server/client-address"
import { setArrivalHook } from "./arrival-hooks"
import { setAnswerHook } from "./answer-hooks"

const HEADER = "x-request-id"
/** What an id may look like: a proxy's or the storefront's UUID, or another short opaque token. */
const WELL_FORMED = /^[A-Za-z0-9._:-]{8,128}$/

/**
 * Every request has one id, in the security log, Medusa's request log, error answers and the
 * `X-Request-Id` answer header, so a customer's "reference" finds its lines. Medusa takes any caller's
 * X-Request-Id as the id; here it is kept only from a trusted proxy (TRUSTED_PROXIES: the storefront's
 * server, a load balancer) and when well formed, otherwise replaced by a new UUID before Medusa reads it.
 */
export function requestIdOf(req: http.IncomingMessage): string | undefined {
  const value = req.headers[HEADER]
  return typeof value === "string" ? value : undefined
}

export function installRequestIds(): void {
  setArrivalHook("request-ids", (req) => {
    const given = requestIdOf(req)
    if (!given || !WELL_FORMED.test(given) || !isTrustedPeer(req)) req.headers[HEADER] = randomUUID()
  })
  setAnswerHook("request-ids", (req, res) => {
    const id = requestIdOf(req)
    if (id) res.setHeader("X-Request-Id", id)
  })
}
