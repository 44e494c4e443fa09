import { readStatusResponse, type SatimStatusFields } from "./status-response"

/**
 * The one rule that says whether a card payment happened. SATIM's answer (asked server to server,
 * never the browser's query string) counts as PAID only if ErrorCode is 0, OrderStatus is 2
 * (deposited), and the amount, currency and order number are exactly the attempt's. Everything
 * else is one of the other outcomes, each telling the caller what to do next.
 */
export const DZD_NUMERIC = "012"

export type ExpectedPayment = { orderNumber: string; amountCentimes: number }

/** Why SATIM's answer could not be read: the caller asks again later (reconciliation). */
export type UnreadableReason = "timeout" | "unreachable" | "malformed"

export type PaymentOutcome =
  /** Money taken: complete the order. */
  | { kind: "paid"; status: SatimStatusFields }
  /** Not paid yet (registered, or 3-D Secure in progress): ask again later; SATIM expires it. */
  | { kind: "pending"; status: SatimStatusFields }
  /** OrderStatus 3: the fixed "rejected" message in three languages, plus 3020. */
  | { kind: "rejected"; status: SatimStatusFields }
  /** Refused by the bank or the gateway: show `message` (respCode_desc, else actionCodeDescription). */
  | { kind: "declined"; status: SatimStatusFields; message?: string }
  /** Deposited, but not what we asked for: never paid; the merchant must look (and refund). */
  | { kind: "mismatch"; status: SatimStatusFields; problems: string[] }
  /** Already refunded (OrderStatus 4). */
  | { kind: "refunded"; status: SatimStatusFields }
  /** SATIM's answer says nothing definite (system error, unknown answer): ask again later. */
  | { kind: "unknown"; status?: SatimStatusFields; reason: UnreadableReason | "gateway_error" }

const ORDER_STATUS = { registered: 0, preAuthorised: 1, deposited: 2, reversed: 3, refunded: 4, acs: 5, declined: 6 } as const
/** getOrderStatus ErrorCode 2: "the order is declined because of an error in the payment credentials". */
const ERROR_CODE_DECLINED = 2

const declineMessage = (status: SatimStatusFields) =>
  status.respCodeDescription ?? status.actionCodeDescription ?? status.errorMessage

export function decidePayment(expected: ExpectedPayment, body: unknown): PaymentOutcome {
  const status = readStatusResponse(body)
  if (!status) return { kind: "unknown", reason: "malformed" }
  if (status.errorCode !== 0) {
    if (status.errorCode === ERROR_CODE_DECLINED) return { kind: "declined", status, message: declineMessage(status) }
    return { kind: "unknown", status, reason: "gateway_error" }
  }
  switch (status.orderStatus) {
    case ORDER_STATUS.deposited: {
      const problems: string[] = []
      if (status.amount !== expected.amountCentimes) problems.push(`amount ${status.amount} ≠ ${expected.amountCentimes}`)
      if (status.currency !== DZD_NUMERIC) problems.push(`currency ${status.currency} ≠ ${DZD_NUMERIC}`)
      if (status.orderNumber !== expected.orderNumber) problems.push(`order number ${status.orderNumber} ≠ ${expected.orderNumber}`)
      return problems.length ? { kind: "mismatch", status, problems } : { kind: "paid", status }
    }
    // One-phase payments are never pre-authorised; if one is, it is not money yet.
    case ORDER_STATUS.registered:
    case ORDER_STATUS.acs:
    case ORDER_STATUS.preAuthorised:
      return { kind: "pending", status }
    case ORDER_STATUS.reversed:
      return { kind: "rejected", status }
    case ORDER_STATUS.refunded:
      return { kind: "refunded", status }
    case ORDER_STATUS.declined:
      return { kind: "declined", status, message: declineMessage(status) }
    default:
      return { kind: "unknown", status, reason: "malformed" }
  }
}

/** For a call that never produced a body. */
export const unreadable = (reason: UnreadableReason): PaymentOutcome => ({ kind: "unknown", reason })
