import { model } from "@medusajs/framework/utils"

/**
 * The last number issued in an Algiers year: one row per year, incremented under its row lock in
 * the transaction that inserts the document (see InvoicingModuleService.issueNumbered).
 */
export const InvoiceCounter = model
  .define("invoice_counter", {
    id: model.id({ prefix: "invctr" }).primaryKey(),
    year: model.number(),
    last_sequence: model.number(),
  })
  .indexes([{ on: ["year"], unique: true }])
