/** What a card payment record (SATIM attempt, Chargily checkout) tells about itself. */
export type CardPaymentRecord = { status: string; order_id: string | null; cart_id: string; created_at: Date | string }

/** How to ask one gateway about one of its records. */
export type GatewayQuestion<Record extends CardPaymentRecord, Outcome> = {
  /** The gateway may still move it (the live page, or a replaced one whose closing it never confirmed). */
  isOpen: (record: Record) => boolean
  /** The status of the cart's live page (`awaiting_card`, `awaiting_payment`). */
  liveStatus: string
  /** Whether the cart opened a newer page since this one. */
  hasNewer: (record: Record) => Promise<boolean>
  /** The settlement's one call to the gateway. */
  ask: (record: Record) => Promise<Outcome>
}

/**
 * The settlement's question, shared by the card gateways: a record the gateway may still move is
 * asked about once; a paid one still without its order (a completion or a refund that failed earlier)
 * is retried as the live page only if no newer page was opened for the cart since (a replaced page
 * never is). Writes nothing.
 */
export async function askGatewayOnce<Record extends CardPaymentRecord, Outcome>(
  record: Record,
  question: GatewayQuestion<Record, Outcome>
): Promise<{ live: boolean; outcome?: Outcome }> {
  if (!question.isOpen(record)) {
    const waitsForOrder = record.status === "paid" && !record.order_id
    return { live: waitsForOrder && !(await question.hasNewer(record)) }
  }
  return { live: record.status === question.liveStatus, outcome: await question.ask(record) }
}
