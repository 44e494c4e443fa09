import { MedusaError } from "@medusajs/framework/utils"
import { DELIVERY_PROBLEM_MESSAGES, deliveryProblem, type ShippingMethodView } from "../../lib/delivery/delivery-check"
import type { DeliveryTable } from "../../lib/delivery/delivery-table"
import { refuseUnknownPlace } from "./address-refusal"

export type CartToOrder = {
  shipping_address?: { province?: string | null; city?: string | null } | null
  shipping_methods?: ShippingMethodView[] | null
}

/**
 * Refuses (400, code = the problem) a cart this shop would not ship: a delivered cart needs a real
 * wilaya and commune, and a delivery chosen for that wilaya at its price now. Run at completion and
 * before a card page opens, so that nobody pays for a cart that cannot become an order.
 */
export function refuseUnorderableCart(cart: CartToOrder, table: DeliveryTable): void {
  const methods = cart.shipping_methods ?? []
  if (!methods.length) return
  refuseUnknownPlace(cart.shipping_address, { complete: true })
  const problem = deliveryProblem(table, cart.shipping_address!.province!, methods)
  if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, DELIVERY_PROBLEM_MESSAGES[problem], problem)
}
