import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SATIM_MODULE } from "../modules/satim"
import type SatimModuleService from "../modules/satim/service"
import { retireCardPagesWorkflow } from "../workflows/satim/retire-card-pages"
import { settleSatimPaymentWorkflow } from "../workflows/satim/settle-satim-payment"

/**
 * Once a cart is an order (cash on delivery, or one card page), the cart's other card pages are
 * closed at SATIM so an old tab can no longer take money; those found already paid are settled at
 * once, which refunds them (they are not the order's payment).
 */
export default async function retireCardPagesOnOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  const satim = container.resolve<SatimModuleService>(SATIM_MODULE)
  if (!satim.isConfigured) return
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: event.data.id } })
  const cartId = (data[0] as { cart_id?: string } | undefined)?.cart_id
  if (!cartId) return
  const { result: paid } = await retireCardPagesWorkflow(container).run({ input: { cart_id: cartId } })
  for (const satimOrderId of paid) await settleSatimPaymentWorkflow(container).run({ input: { satim_order_id: satimOrderId } })
}

export const config: SubscriberConfig = { event: "order.placed" }
