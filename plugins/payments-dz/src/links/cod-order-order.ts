import OrderModule from "@medusajs/medusa/order"
import { defineLink } from "@medusajs/framework/utils"
import CodModule from "../modules/cod"

/** The Medusa order a cash-on-delivery record follows (`order.*` on cod_order); order_id is the record's own column. */
export default defineLink({ linkable: CodModule.linkable.codOrder, field: "order_id" }, OrderModule.linkable.order, { readOnly: true })
