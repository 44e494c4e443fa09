import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { issueCreditNotesWorkflow } from "../workflows/issue-credit-notes"

/** Each refund of a payment (SATIM, a manual refund, the office cancelling a paid order): a credit note, once. */
export default async function creditNoteOnRefund({ event, container }: SubscriberArgs<{ id: string }>) {
  await issueCreditNotesWorkflow(container).run({ input: { payment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: PaymentEvents.REFUNDED }
