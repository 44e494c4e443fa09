/**
 * A SATIM gateway simulator for development and tests (never started in production): the REST
 * calls the provider makes (register, acknowledgeTransaction, confirmOrder, getOrderStatus,
 * refund, reverse) with SATIM's field names, and a hosted card page whose result follows the test
 * card (test-cards.ts). Orders live in memory; one left unpaid past its session (20 minutes) is
 * closed as declined, as SATIM does. `npm run dev` starts it when no SATIM credentials
 * are configured (port SATIM_SIMULATOR_PORT, 9010 by default).
 */
import crypto from "node:crypto"
import http from "node:http"
import https from "node:https"
import type { AddressInfo } from "node:net"
import { cardPage } from "./card-page"
import { CORRECT_CVV2, TEST_CARDS, type CardBehaviour } from "./test-cards"

export type SimulatorCredentials = { userName: string; password: string; terminalId: string }

/** Fresh for every start, so no password lives in the repository and a stale one is refused. */
function freshCredentials(): SimulatorCredentials {
  return { userName: "mj-simulateur", password: crypto.randomBytes(18).toString("base64url"), terminalId: "E010900001" }
}

type SimulatedOrder = {
  orderId: string
  orderNumber: string
  amount: number
  language: "AR" | "FR" | "EN"
  returnUrl: string
  failUrl: string
  udf1: string
  orderStatus: number
  card?: CardBehaviour
  pan?: string
  approvalCode?: string
  depositAmount: number
  refundedAmount: number
  registeredAt: number
}

export type SimulatorCall = { endpoint: string; params: Record<string, string> }

export type SatimSimulator = {
  port: number
  /** The base URL the provider is configured with. */
  baseUrl: string
  /** What the provider must send (the password is new at each start). */
  credentials: SimulatorCredentials
  /** Every REST call received, in order, without the password. */
  calls: SimulatorCall[]
  /** Answers REST calls after this many milliseconds (to test timeouts); 0 by default. */
  setDelay: (milliseconds: number) => void
  /** The next `times` calls to `endpoint` (e.g. "reverse.do") get SATIM's system error, as when SATIM has an outage. */
  failNext: (endpoint: string, times?: number) => void
  /**
   * The next call to `endpoint` waits for `release()` before SATIM handles it: `received` resolves
   * when it arrives, so a test can act while the shop waits for SATIM's answer.
   */
  holdNext: (endpoint: string) => { received: Promise<void>; release: () => void }
  stop: () => Promise<void>
}

const json = (response: http.ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8" })
  response.end(JSON.stringify(body))
}

async function readForm(request: http.IncomingMessage, url: URL): Promise<Record<string, string>> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  const params = new URLSearchParams(url.search)
  new URLSearchParams(Buffer.concat(chunks).toString("utf8")).forEach((value, key) => params.set(key, value))
  return Object.fromEntries(params)
}

const withQuery = (target: string, orderId: string) => `${target}${target.includes("?") ? "&" : "?"}orderId=${encodeURIComponent(orderId)}`

function statusBody(order: SimulatedOrder) {
  const card = order.card
  return {
    ErrorCode: "0",
    ErrorMessage: "Success",
    OrderStatus: order.orderStatus,
    OrderNumber: order.orderNumber,
    Amount: order.amount,
    currency: "012",
    depositAmount: order.depositAmount,
    approvalCode: order.approvalCode ?? "",
    actionCode: card?.actionCode ?? -1,
    actionCodeDescription: card ? card.description[order.language] : "",
    Pan: order.pan ? `${order.pan.slice(0, 6)}**${order.pan.slice(-4)}` : "",
    cardholderName: card ? "TEST CARD" : "",
    params: { respCode: card?.respCode ?? "", respCode_desc: card ? card.description[order.language] : "", udf1: order.udf1 },
  }
}

function expiryInFuture(expiry: string, now: Date) {
  const match = /^(\d{2})\s*\/\s*(\d{2})$/.exec(expiry.trim())
  if (!match) return false
  const month = Number(match[1])
  const year = 2000 + Number(match[2])
  return month >= 1 && month <= 12 && (year > now.getUTCFullYear() || (year === now.getUTCFullYear() && month >= now.getUTCMonth() + 1))
}

/** What SATIM answers for a card page left unpaid past its session (the order is closed, as SATIM does). */
const SESSION_EXPIRED: CardBehaviour = {
  label: "session expired",
  orderStatus: 6,
  actionCode: -2007,
  respCode: "",
  description: { FR: "Délai de paiement dépassé : la page de paiement a expiré", AR: "انتهت مهلة صفحة الدفع", EN: "Payment session expired" },
}

/**
 * `tls`: served over https with this key and certificate, as SATIM is (a production build refuses a
 * plain-http SATIM address; the tests that run one trust the certificate through NODE_EXTRA_CA_CERTS).
 */
export async function startSatimSimulator(
  options: { port?: number; host?: string; sessionTimeoutMs?: number; tls?: { key: string; cert: string } } = {}
): Promise<SatimSimulator> {
  // SATIM closes an order whose card page was not paid in time (20 minutes here).
  const sessionTimeoutMs = options.sessionTimeoutMs ?? 20 * 60_000
  const expireIfUnpaid = (order: SimulatedOrder | undefined) => {
    if (order && order.orderStatus === 0 && Date.now() - order.registeredAt > sessionTimeoutMs) {
      order.orderStatus = 6
      order.card = SESSION_EXPIRED
    }
    return order
  }
  const orders = new Map<string, SimulatedOrder>()
  const byNumber = new Set<string>()
  const calls: SimulatorCall[] = []
  const credentials = freshCredentials()
  let delay = 0
  const failures = new Map<string, number>()
  const holds = new Map<string, { arrived: () => void; released: Promise<void> }>()
  const host = options.host ?? "127.0.0.1"

  const scheme = options.tls ? "https" : "http"
  const handle = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    try {
      const url = new URL(request.url ?? "/", `http://${host}`)
      const params = await readForm(request, url)

      if (url.pathname === "/payment/sim/card" && request.method === "GET") {
        const order = expireIfUnpaid(orders.get(params.mdOrder ?? ""))
        if (!order || order.orderStatus !== 0) {
          response.writeHead(404, { "content-type": "text/plain; charset=utf-8" })
          return response.end("Unknown or finished payment.")
        }
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" })
        return response.end(cardPage({ mdOrder: order.orderId, amountCentimes: order.amount, language: order.language, merchant: "MJ Chauffage" }))
      }

      if (url.pathname === "/payment/sim/pay" && request.method === "POST") {
        const order = expireIfUnpaid(orders.get(params.mdOrder ?? ""))
        if (!order || order.orderStatus !== 0) {
          response.writeHead(404, { "content-type": "text/plain; charset=utf-8" })
          return response.end("Unknown or finished payment.")
        }
        const pan = (params.pan ?? "").replace(/\D/g, "")
        const card = params.action === "cancel" ? undefined : TEST_CARDS[pan]
        if (!card) {
          order.orderStatus = 6
          order.card = { label: "cancelled or unknown card", orderStatus: 6, actionCode: params.action === "cancel" ? 3 : 111, respCode: "14", description: { FR: "Paiement refusé", AR: "تم رفض الدفع", EN: "Payment declined" } }
        } else {
          order.pan = pan
          const expired = card.label === "expired card" || !expiryInFuture(params.expiry ?? "", new Date())
          const wrongCvv = card.label === "wrong CVV2" || params.cvv2 !== CORRECT_CVV2
          const behaviour = expired ? TEST_CARDS["6280581110006753"]! : wrongCvv ? TEST_CARDS["6280581110006761"]! : card
          order.card = behaviour
          order.orderStatus = behaviour.orderStatus
          if (behaviour.orderStatus === 2) {
            order.depositAmount = order.amount
            order.approvalCode = String(crypto.randomInt(100000, 999999))
          }
        }
        response.writeHead(303, { location: withQuery(order.orderStatus === 2 ? order.returnUrl : order.failUrl, order.orderId) })
        return response.end()
      }

      const endpoint = /^\/payment\/rest\/(.+\.do)$/.exec(url.pathname)?.[1]
      if (!endpoint) return json(response, 404, { errorCode: "5", errorMessage: "Unknown endpoint" })
      const { password, ...visible } = params
      calls.push({ endpoint, params: visible })
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay))
      const hold = holds.get(endpoint)
      if (hold) {
        holds.delete(endpoint)
        hold.arrived()
        await hold.released
      }
      if (params.userName !== credentials.userName || password !== credentials.password) {
        return json(response, 200, { errorCode: "5", errorMessage: "Access denied" })
      }
      const failing = failures.get(endpoint) ?? 0
      if (failing > 0) {
        failures.set(endpoint, failing - 1)
        return json(response, 200, { errorCode: "7", errorMessage: "System error" })
      }

      if (endpoint === "register.do") {
        for (const field of ["orderNumber", "amount", "currency", "returnUrl", "jsonParams"]) {
          if (!params[field]) return json(response, 200, { errorCode: "4", errorMessage: `Missing mandatory field: ${field}` })
        }
        if (params.currency !== "012") return json(response, 200, { errorCode: "3", errorMessage: "Unknown currency" })
        if (params.orderNumber!.length > 10) return json(response, 200, { errorCode: "5", errorMessage: "orderNumber is longer than 10 characters" })
        const amount = Number(params.amount)
        if (!Number.isInteger(amount) || amount < 5000) return json(response, 200, { errorCode: "5", errorMessage: "Invalid amount (integer centimes, at least 5000)" })
        const language = (params.language ?? "").toUpperCase()
        if (language !== "AR" && language !== "FR" && language !== "EN") return json(response, 200, { errorCode: "5", errorMessage: "Invalid language" })
        let extra: Record<string, unknown>
        try {
          extra = JSON.parse(params.jsonParams!)
        } catch {
          return json(response, 200, { errorCode: "5", errorMessage: "jsonParams is not JSON" })
        }
        if (extra.force_terminal_id !== credentials.terminalId || typeof extra.udf1 !== "string" || !extra.udf1) {
          return json(response, 200, { errorCode: "4", errorMessage: "jsonParams needs force_terminal_id and udf1" })
        }
        if (byNumber.has(params.orderNumber!)) return json(response, 200, { errorCode: "1", errorMessage: "Order with this number was already processed" })
        const orderId = crypto.randomUUID()
        byNumber.add(params.orderNumber!)
        orders.set(orderId, {
          orderId,
          orderNumber: params.orderNumber!,
          amount,
          language,
          returnUrl: params.returnUrl!,
          failUrl: params.failUrl || params.returnUrl!,
          udf1: extra.udf1,
          orderStatus: 0,
          depositAmount: 0,
          refundedAmount: 0,
          registeredAt: Date.now(),
        })
        const address = server.address() as AddressInfo
        return json(response, 200, { errorCode: "0", orderId, formUrl: `${scheme}://${host}:${address.port}/payment/sim/card?mdOrder=${orderId}` })
      }

      const order = expireIfUnpaid(orders.get(params.orderId ?? params.mdOrder ?? ""))
      if (!order) return json(response, 200, { ErrorCode: "6", ErrorMessage: "Unregistered orderId" })

      switch (endpoint) {
        case "public/acknowledgeTransaction.do":
        case "confirmOrder.do":
        case "getOrderStatus.do":
        case "getOrderStatusExtended.do":
          return json(response, 200, statusBody(order))
        case "refund.do": {
          const amount = Number(params.amount)
          if (order.orderStatus !== 2) return json(response, 200, { errorCode: "7", errorMessage: "The order is not deposited" })
          if (!Number.isInteger(amount) || amount <= 0 || amount > order.depositAmount - order.refundedAmount) {
            return json(response, 200, { errorCode: "5", errorMessage: "Invalid amount: more than what is left to refund" })
          }
          order.refundedAmount += amount
          if (order.refundedAmount === order.depositAmount) order.orderStatus = 4
          return json(response, 200, { errorCode: "0", errorMessage: "Success" })
        }
        case "reverse.do":
          if (order.orderStatus !== 1 && order.orderStatus !== 0) return json(response, 200, { errorCode: "7", errorMessage: "Reversal is impossible for this order: refund it" })
          order.orderStatus = 3
          return json(response, 200, { errorCode: "0", errorMessage: "Success" })
        default:
          return json(response, 404, { errorCode: "5", errorMessage: "Unknown endpoint" })
      }
    } catch (error) {
      json(response, 500, { errorCode: "7", errorMessage: `System error: ${(error as Error).message}` })
    }
  }
  const server = options.tls ? https.createServer(options.tls, handle) : http.createServer(handle)

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port ?? 0, host, resolve)
  })
  const port = (server.address() as AddressInfo).port
  return {
    port,
    baseUrl: `${scheme}://${host}:${port}/payment/rest`,
    credentials,
    calls,
    setDelay: (milliseconds) => {
      delay = milliseconds
    },
    failNext: (endpoint, times = 1) => {
      failures.set(endpoint, times)
    },
    holdNext: (endpoint) => {
      let arrived!: () => void
      let release!: () => void
      const received = new Promise<void>((resolve) => (arrived = resolve))
      holds.set(endpoint, { arrived, released: new Promise<void>((resolve) => (release = resolve)) })
      return { received, release }
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
