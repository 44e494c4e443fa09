import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { readShopIdentity } from "@mj-chauffage/shop-kernel/shop-identity"
import { invoiceDraft, sellerSnapshot } from "../../lib/documents/invoice-draft"
import { INVOICING_MODULE } from "../../modules/invoicing"
import type InvoicingModuleService from "../../modules/invoicing/service"
import type { PaidOrderRead } from "./read-paid-order"

export type IssuedInvoiceRecord = Awaited<ReturnType<InvoicingModuleService["issueNumbered"]>>

/**
 * The order's invoice: the one already issued, or a new one with the next number. Exactly one per
 * order: a second delivery of the payment's event finds it; two deliveries at once both insert, the
 * partial unique index on order_id refuses one, whose transaction (and number) rolls back, and it
 * answers the invoice that stands.
 */
export const issueInvoiceStep = createStep(
  "issue-order-invoice",
  async (input: { read: PaidOrderRead }, { container }) => {
    if (!input.read) return new StepResponse<{ invoice: IssuedInvoiceRecord | null; created: boolean }, string | null>({ invoice: null, created: false }, null)
    const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const orderId = input.read.order.id
    const existing = async () => (await invoicing.listInvoices({ order_id: orderId, kind: "invoice" }))[0]
    const standing = await existing()
    if (standing) return new StepResponse({ invoice: standing, created: false }, null)
    const draft = invoiceDraft(input.read.order, { seller: sellerSnapshot(readShopIdentity()), paymentMethod: input.read.paymentMethod, issuedAt: new Date(), arabicTitles: input.read.arabicTitles })
    try {
      const invoice = await invoicing.issueNumbered(draft)
      return new StepResponse({ invoice, created: true }, invoice.id)
    } catch (error) {
      const winner = await existing()
      if (!winner) throw error
      return new StepResponse({ invoice: winner, created: false }, null)
    }
  },
  async (createdId, { container }) => {
    if (createdId) await container.resolve<InvoicingModuleService>(INVOICING_MODULE).withdrawIfLast(createdId)
  }
)
