import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { readShopIdentity } from "@mj-chauffage/shop-kernel/shop-identity"
import { creditNoteDraft, sellerSnapshot, type InvoiceDraft } from "../../lib/documents/invoice-draft"
import { INVOICING_MODULE } from "../../modules/invoicing"
import type InvoicingModuleService from "../../modules/invoicing/service"
import type { IssuedInvoiceRecord } from "./issue-invoice"

export type RefundToCredit = { id: string; amount: number | string }

/**
 * One credit note per refund of the payment not credited yet, in the invoice's series. A refund
 * already credited is skipped (events delivered twice); two deliveries at once meet the unique
 * index on refund_id, and the loser's number rolls back with its insert.
 */
export const issueCreditNotesStep = createStep(
  "issue-credit-notes",
  async (input: { invoice: IssuedInvoiceRecord | null; refunds: RefundToCredit[] }, { container }) => {
    const invoice = input.invoice
    if (!invoice) return new StepResponse<string[], string[]>([], [])
    const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const credited = new Set((await invoicing.listInvoices({ order_id: invoice.order_id, kind: "credit_note" })).map((note) => note.refund_id))
    const created: string[] = []
    const seller = sellerSnapshot(readShopIdentity())
    for (const refund of input.refunds) {
      if (credited.has(refund.id)) continue
      const source = { ...invoice, lines: invoice.lines as unknown as InvoiceDraft["lines"], buyer: invoice.buyer as unknown as InvoiceDraft["buyer"], locale: invoice.locale as InvoiceDraft["locale"] }
      const draft = creditNoteDraft(source, refund, { seller, issuedAt: new Date() })
      try {
        created.push((await invoicing.issueNumbered(draft)).id)
      } catch (error) {
        const [winner] = await invoicing.listInvoices({ refund_id: refund.id })
        if (!winner) throw error
      }
    }
    return new StepResponse(created, created)
  },
  async (created, { container }) => {
    const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    // The last issued first: each withdrawal needs its document to be the last of the year.
    for (const id of [...(created ?? [])].reverse()) await invoicing.withdrawIfLast(id)
  }
)
