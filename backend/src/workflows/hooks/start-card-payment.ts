/** No card page opens for a cart completion would refuse: the customer would pay, then be refunded. */
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { startSatimPaymentWorkflow } from "@mj-chauffage/payments-dz/workflows/satim/start-satim-payment"
import { CART_TO_ORDER_FIELDS, refuseUnorderableCart, type CartToOrder } from "./orderable-cart"

startSatimPaymentWorkflow.hooks.validate(async ({ input }, { container }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: CART_TO_ORDER_FIELDS, filters: { id: input.cart_id } })
  if (data[0]) refuseUnorderableCart(data[0] as unknown as CartToOrder)
})
