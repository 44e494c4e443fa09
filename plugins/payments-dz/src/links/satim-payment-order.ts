import OrderModule from "@medusajs/medusa/order"
import { defineLink } from "@medusajs/framework/utils"
import SatimModule from "../modules/satim"

/** The order a card payment became, read through Query (`order.*` on satim_payment); order_id is the payment's own column. */
export default defineLink({ linkable: SatimModule.linkable.satimPayment, field: "order_id" }, OrderModule.linkable.order, { readOnly: true })
