import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Whether the order belongs to the logged-in customer (Medusa authenticates /store/customers/me*). */
export async function isCustomersOrder(req: AuthenticatedMedusaRequest, orderId: string): Promise<boolean> {
  const customerId = req.auth_context?.actor_id
  if (!customerId || req.auth_context.actor_type !== "customer") return false
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["customer_id"], filters: { id: orderId } })
  return (data[0] as { customer_id?: string | null } | undefined)?.customer_id === customerId
}
