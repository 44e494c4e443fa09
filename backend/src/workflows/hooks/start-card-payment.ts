/** No card page opens for a cart completion would refuse: the customer would pay, then be refunded. */
import { startSatimPaymentWorkflow } from "@mj-chauffage/payments-dz/workflows/satim/start-satim-payment"
import { readDeliveryTable } from "../../lib/delivery/read-delivery-table"
import { refuseUnorderableCart, type CartToOrder } from "./orderable-cart"

startSatimPaymentWorkflow.hooks.validate(async ({ cart }, { container }) => {
  refuseUnorderableCart(cart as unknown as CartToOrder, await readDeliveryTable(container))
})
