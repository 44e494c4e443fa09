/** The invoices' numbers: one series per Algiers year, "2027-000001", invoices and credit notes together. */
import { algiersDate } from "@mj-chauffage/shop-kernel/time"

/** The Algiers year of an instant: an invoice issued at 00:30 on 1 January in Algiers is of the new year. */
export const invoiceYear = (issuedAt: Date | string): number => Number(algiersDate(new Date(issuedAt)).slice(0, 4))

export function formatInvoiceNumber(year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999_999) throw new RangeError(`No invoice sequence ${sequence}`)
  return `${year}-${String(sequence).padStart(6, "0")}`
}
