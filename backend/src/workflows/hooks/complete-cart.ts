/**
 * What is ordered is checked against the cart as it is at completion, whoever completes it (the
 * storefront, or a card payment's settlement): see orderable-cart.ts.
 */
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { readDeliveryTable } from "../../lib/delivery/read-delivery-table"
import { refuseUnorderableCart, type CartToOrder } from "./orderable-cart"

completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  refuseUnorderableCart(cart as unknown as CartToOrder, await readDeliveryTable(container))
})
