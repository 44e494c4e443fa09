/**
 * A Chargily Pay v2 simulator for development and tests (never started in production): the API calls
 * the shop makes through the official SDK (create, retrieve and expire a checkout, with the Bearer
 * secret key), a hosted payment page with pay / fail / cancel buttons, and webhooks signed like
 * Chargily's (hex HMAC-SHA256 of the raw body with the secret key). Checkouts live in memory.
 * `npm run dev` starts it when CHARGILY_SECRET_KEY is not set (port CHARGILY_SIMULATOR_PORT, 9011).
 */
import crypto from "node:crypto"
import http from "node:http"
import type { AddressInfo } from "node:net"
import { chargilySignature } from "../../../plugins/payments-dz/src/lib/chargily/signature"
import { payPage, type PayPageLocale } from "./pay-page"

export type SimulatedCheckout = {
  id: string
  entity: "checkout"
  livemode: false
  amount: number
  currency: string
  fees: number
  pass_fees_to_customer: boolean
  status: "pending" | "processing" | "paid" | "failed" | "canceled" | "expired"
  locale: PayPageLocale
  description: string | null
  success_url: string
  failure_url: string
  webhook_endpoint: string | null
  payment_method: string
  metadata: Record<string, unknown> | null
  created_at: number
  updated_at: number
  checkout_url: string
}

/** A webhook as Chargily sends it: the exact body and its signature header. */
export type SignedEvent = { body: string; signature: string; event_id: string }

export type ChargilySimulator = {
  port: number
  /** The API base URL the shop is configured with (CHARGILY_BASE_URL). */
  baseUrl: string
  /** New at each start: no key lives in the repository, a stale one is refused. */
  secretKey: string
  checkouts: Map<string, SimulatedCheckout>
  /** Every API call received, in order ("POST checkouts", "GET checkouts/:id"…). */
  calls: string[]
  /** The customer's action on the payment page: the checkout's new status, its signed event, and where the browser goes. */
  act: (checkoutId: string, action: "pay" | "fail" | "cancel") => Promise<{ event: SignedEvent; location: string }>
  /** A signed event about a checkout as it is now (a new event id unless one is given). */
  signedEvent: (checkoutId: string, eventId?: string) => SignedEvent
  /** Changes a checkout behind the shop's back (a tampered amount, a status). */
  tamper: (checkoutId: string, change: Partial<Pick<SimulatedCheckout, "amount" | "currency" | "status">>) => void
  stop: () => Promise<void>
}

const json = (response: http.ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8" })
  response.end(JSON.stringify(body))
}

async function readBody(request: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString("utf8")
}

const EVENT_TYPES = { paid: "checkout.paid", failed: "checkout.failed", canceled: "checkout.canceled", expired: "checkout.expired" } as Record<string, string>
const LOCALES: PayPageLocale[] = ["ar", "fr", "en"]

export async function startChargilySimulator(options: { port?: number; host?: string; deliverWebhooks?: boolean } = {}): Promise<ChargilySimulator> {
  const host = options.host ?? "127.0.0.1"
  const deliverWebhooks = options.deliverWebhooks ?? true
  const secretKey = `test_sk_${crypto.randomBytes(30).toString("base64url")}`
  const checkouts = new Map<string, SimulatedCheckout>()
  const calls: string[] = []
  let baseUrl = ""
  let origin = ""

  const signedEvent = (checkoutId: string, eventId = `01${crypto.randomBytes(12).toString("hex")}`): SignedEvent => {
    const checkout = checkouts.get(checkoutId)
    if (!checkout) throw new Error(`no checkout ${checkoutId}`)
    const now = Math.floor(Date.now() / 1000)
    const body = JSON.stringify({ id: eventId, entity: "event", livemode: "false", type: EVENT_TYPES[checkout.status] ?? "checkout.updated", data: checkout, created_at: now, updated_at: now })
    return { body, signature: chargilySignature(body, secretKey), event_id: eventId }
  }

  const act = async (checkoutId: string, action: "pay" | "fail" | "cancel") => {
    const checkout = checkouts.get(checkoutId)
    if (!checkout) throw new Error(`no checkout ${checkoutId}`)
    if (checkout.status === "pending") {
      checkout.status = action === "pay" ? "paid" : action === "fail" ? "failed" : "canceled"
      checkout.updated_at = Math.floor(Date.now() / 1000)
    }
    const event = signedEvent(checkoutId)
    if (deliverWebhooks && checkout.webhook_endpoint) {
      // As Chargily: delivered once from the server; a shop that was down settles by itself later (return page, reconciliation).
      await fetch(checkout.webhook_endpoint, { method: "POST", headers: { "content-type": "application/json", signature: event.signature }, body: event.body }).catch(() => undefined)
    }
    return { event, location: checkout.status === "paid" ? checkout.success_url : checkout.failure_url }
  }

  const server = http.createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? "/", origin)
      const page = /^\/pay\/([A-Za-z0-9]+)$/.exec(url.pathname)
      if (page) {
        const checkout = checkouts.get(page[1]!)
        if (!checkout) return json(response, 404, { message: "Not found" })
        if (request.method === "POST") {
          const action = new URLSearchParams(await readBody(request)).get("action")
          if (action !== "pay" && action !== "fail" && action !== "cancel") return json(response, 422, { message: "action" })
          const { location } = await act(checkout.id, action)
          response.writeHead(303, { location })
          return response.end()
        }
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" })
        return response.end(payPage({ id: checkout.id, amount: checkout.amount, paymentMethod: checkout.payment_method, locale: checkout.locale }))
      }
      const api = /^\/api\/v2\/(.+)$/.exec(url.pathname)
      if (!api) return json(response, 404, { message: "Not found" })
      calls.push(`${request.method} ${api[1]!.replace(/checkouts\/[A-Za-z0-9]+/, "checkouts/:id")}`)
      if (request.headers.authorization !== `Bearer ${secretKey}`) return json(response, 401, { message: "Unauthenticated." })
      const path = api[1]!
      if (request.method === "POST" && path === "checkouts") {
        let body: Record<string, unknown>
        try {
          body = JSON.parse(await readBody(request)) as Record<string, unknown>
        } catch {
          return json(response, 422, { message: "invalid JSON" })
        }
        const amount = body.amount
        if (typeof amount !== "number" || !Number.isInteger(amount) || amount < 50) return json(response, 422, { message: "The amount field must be at least 50.", errors: { amount: ["min 50"] } })
        if (body.currency !== "dzd") return json(response, 422, { message: "The selected currency is invalid." })
        if (typeof body.success_url !== "string") return json(response, 422, { message: "The success url field is required." })
        const id = `01${crypto.randomBytes(12).toString("hex")}`
        const now = Math.floor(Date.now() / 1000)
        const locale = LOCALES.includes(body.locale as PayPageLocale) ? (body.locale as PayPageLocale) : "ar"
        const checkout: SimulatedCheckout = {
          id,
          entity: "checkout",
          livemode: false,
          amount,
          currency: "dzd",
          fees: 0,
          pass_fees_to_customer: Boolean(body.pass_fees_to_customer),
          status: "pending",
          locale,
          description: typeof body.description === "string" ? body.description : null,
          success_url: body.success_url,
          failure_url: typeof body.failure_url === "string" ? body.failure_url : body.success_url,
          webhook_endpoint: typeof body.webhook_endpoint === "string" ? body.webhook_endpoint : null,
          payment_method: body.payment_method === "cib" ? "cib" : "edahabia",
          metadata: (body.metadata as Record<string, unknown>) ?? null,
          created_at: now,
          updated_at: now,
          checkout_url: `${origin}/pay/${id}`,
        }
        checkouts.set(id, checkout)
        return json(response, 200, checkout)
      }
      const one = /^checkouts\/([A-Za-z0-9]+)(\/expire)?$/.exec(path)
      const checkout = one ? checkouts.get(one[1]!) : undefined
      if (!one || !checkout) return json(response, 404, { message: "Not found" })
      if (request.method === "GET" && !one[2]) return json(response, 200, checkout)
      if (request.method === "POST" && one[2]) {
        if (checkout.status !== "pending") return json(response, 422, { message: "Only pending checkouts can be expired." })
        checkout.status = "expired"
        return json(response, 200, checkout)
      }
      return json(response, 405, { message: "Method not allowed" })
    })().catch((error: Error) => json(response, 500, { message: error.message }))
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve))
  const port = (server.address() as AddressInfo).port
  origin = `http://${host}:${port}`
  baseUrl = `${origin}/api/v2`
  return {
    port,
    baseUrl,
    secretKey,
    checkouts,
    calls,
    act,
    signedEvent,
    tamper: (checkoutId, change) => Object.assign(checkouts.get(checkoutId)!, change),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
