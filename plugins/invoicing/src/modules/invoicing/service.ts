import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { formatInvoiceNumber, invoiceYear } from "../../lib/numbering/invoice-number"
import type { InvoiceDraft } from "../../lib/documents/invoice-draft"
import { Invoice } from "./models/invoice"
import { InvoiceCounter } from "./models/invoice-counter"

class InvoicingModuleService extends MedusaService({ Invoice, InvoiceCounter }) {
  /**
   * Issues a document with the next number of its Algiers year, gap-free. The year's counter row is
   * incremented by one upsert, which holds its row lock until this transaction ends, and the document
   * is inserted in the same transaction: concurrent issues wait for each other, and a failed insert
   * (a duplicate invoice for an order, a refund already credited) rolls its number back with it.
   * A PostgreSQL sequence would not do: nextval() is never rolled back, so any failed or concurrent
   * duplicate issue would burn a number and leave a gap in the series, which the law does not allow.
   */
  @InjectTransactionManager()
  async issueNumbered(draft: InvoiceDraft, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const year = invoiceYear(draft.issued_at)
    const [counter] = await sharedContext.transactionManager!.execute(
      `INSERT INTO invoice_counter (id, year, last_sequence) VALUES (?, ?, 1)
       ON CONFLICT (year) WHERE deleted_at IS NULL DO UPDATE SET last_sequence = invoice_counter.last_sequence + 1, updated_at = now()
       RETURNING last_sequence`,
      [`invctr_${year}`, year]
    )
    const sequence = Number(counter.last_sequence)
    // A JSON column is typed as an object; the lines are an array of them.
    const lines = draft.lines as unknown as Record<string, unknown>
    return this.createInvoices({ ...draft, lines, year, sequence, number: formatInvoiceNumber(year, sequence) }, sharedContext)
  }

  /**
   * Undoes an issue (a workflow's compensation) only while the document is still the last of its
   * year: its number goes back to the counter. A later number already issued means this one is
   * part of the series now, and it stands (deleting it would leave a gap).
   */
  @InjectTransactionManager()
  async withdrawIfLast(invoiceId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<boolean> {
    const manager = sharedContext.transactionManager!
    const [invoice] = await manager.execute(`SELECT year, sequence FROM invoice WHERE id = ? AND deleted_at IS NULL`, [invoiceId])
    if (!invoice) return false
    const released = await manager.execute(
      `UPDATE invoice_counter SET last_sequence = last_sequence - 1, updated_at = now() WHERE year = ? AND last_sequence = ? RETURNING id`,
      [invoice.year, invoice.sequence]
    )
    if (released.length !== 1) return false
    await manager.execute(`DELETE FROM invoice WHERE id = ?`, [invoiceId])
    return true
  }
}

export default InvoicingModuleService
