/** No card page opens for a cart completion would refuse: the customer would pay, then be refunded. */
import { startSatimPaymentWorkflow } from "@mj-chauffage/payments-dz/workflows/satim/start-satim-payment"
import { refuseUnorderableCart, type CartToOrder } from "./orderable-cart"

startSatimPaymentWorkflow.hooks.validate(async ({ cart }) => {
  refuseUnorderableCart(cart as unknown as CartToOrder)
})
