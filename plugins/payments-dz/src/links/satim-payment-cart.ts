import CartModule from "@medusajs/medusa/cart"
import { defineLink } from "@medusajs/framework/utils"
import SatimModule from "../modules/satim"

/** A card payment's cart, read through Query (`cart.*` on satim_payment); no link table: cart_id is the payment's own column. */
export default defineLink({ linkable: SatimModule.linkable.satimPayment, field: "cart_id" }, CartModule.linkable.cart, { readOnly: true })
