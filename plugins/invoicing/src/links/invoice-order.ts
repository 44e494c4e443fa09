import OrderModule from "@medusajs/medusa/order"
import { defineLink } from "@medusajs/framework/utils"
import InvoicingModule from "../modules/invoicing"

/** The order an invoice or credit note is of, read through Query (`order.*` on invoice); order_id is the invoice's own column. */
export default defineLink({ linkable: InvoicingModule.linkable.invoice, field: "order_id", isList: true }, OrderModule.linkable.order, { readOnly: true })
