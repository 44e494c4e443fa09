import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CHARGILY_MODULE } from "../modules/chargily"
import type ChargilyModuleService from "../modules/chargily/service"
import { retireChargilyCheckoutsWorkflow } from "../workflows/chargily/retire-chargily-checkouts"
import { settleChargilyCheckoutWorkflow } from "../workflows/chargily/settle-chargily-checkout"

/**
 * Once a cart is an order (cash on delivery, a SATIM card, or one Chargily checkout), its other
 * Chargily checkouts are expired so an old tab can no longer take money; one found already paid is
 * settled at once (not the order's payment: marked to be given back).
 */
export default async function retireChargilyCheckoutsOnOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  const chargily = container.resolve<ChargilyModuleService>(CHARGILY_MODULE)
  if (!chargily.isConfigured) return
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: event.data.id } })
  const cartId = (data[0] as { cart_id?: string } | undefined)?.cart_id
  if (!cartId) return
  const [anyCheckout] = await chargily.listChargilyCheckouts({ cart_id: cartId }, { select: ["id"], take: 1 })
  if (!anyCheckout) return
  const { result: paid } = await retireChargilyCheckoutsWorkflow(container).run({ input: { cart_id: cartId } })
  for (const checkoutId of paid) await settleChargilyCheckoutWorkflow(container).run({ input: { checkout_id: checkoutId } })
}

export const config: SubscriberConfig = { event: "order.placed" }
