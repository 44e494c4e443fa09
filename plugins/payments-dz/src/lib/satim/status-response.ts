/**
 * What SATIM answers to acknowledgeTransaction.do, confirmOrder.do and getOrderStatus.do, read
 * defensively: field names differ in case between the endpoints and versions (`OrderStatus` /
 * `orderStatus`), numbers sometimes arrive as strings, and anything may be missing.
 */
export type SatimStatusFields = {
  errorCode?: number
  errorMessage?: string
  orderStatus?: number
  orderNumber?: string
  amount?: number
  depositAmount?: number
  currency?: string
  approvalCode?: string
  actionCode?: number
  actionCodeDescription?: string
  respCode?: string
  respCodeDescription?: string
  maskedPan?: string
  cardholderName?: string
}

function pick(source: Record<string, unknown>, name: string): unknown {
  const wanted = name.toLowerCase()
  for (const [key, value] of Object.entries(source)) if (key.toLowerCase() === wanted) return value
  return undefined
}

function integer(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isInteger(value)) return value
  if (typeof value === "string" && /^-?\d+$/.test(value.trim())) return Number(value.trim())
  return undefined
}

function text(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() || undefined
  if (typeof value === "number" && Number.isFinite(value)) return String(value)
  return undefined
}

function currencyCode(value: unknown): string | undefined {
  const code = integer(value)
  return code === undefined ? undefined : String(code).padStart(3, "0")
}

/** undefined when the body is not a JSON object at all. */
export function readStatusResponse(body: unknown): SatimStatusFields | undefined {
  if (!body || typeof body !== "object" || Array.isArray(body)) return undefined
  const source = body as Record<string, unknown>
  const params = pick(source, "params")
  const extra = params && typeof params === "object" && !Array.isArray(params) ? (params as Record<string, unknown>) : {}
  return {
    errorCode: integer(pick(source, "ErrorCode")),
    errorMessage: text(pick(source, "ErrorMessage")),
    orderStatus: integer(pick(source, "OrderStatus")),
    orderNumber: text(pick(source, "OrderNumber")),
    amount: integer(pick(source, "Amount")),
    depositAmount: integer(pick(source, "depositAmount")),
    currency: currencyCode(pick(source, "currency")),
    approvalCode: text(pick(source, "approvalCode")),
    actionCode: integer(pick(source, "actionCode")),
    actionCodeDescription: text(pick(source, "actionCodeDescription")),
    respCode: text(pick(extra, "respCode")),
    respCodeDescription: text(pick(extra, "respCode_desc")),
    maskedPan: text(pick(source, "Pan")),
    cardholderName: text(pick(source, "cardholderName")),
  }
}
