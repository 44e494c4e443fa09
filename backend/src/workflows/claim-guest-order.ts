import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse, WorkflowResponse, createStep, createWorkflow, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { refusal } from "@mj-chauffage/shop-kernel/refusals"

export type ClaimGuestOrderInput = { order_id: string; customer_id: string }
type OrderOwner = { id: string; customer_id: string | null; customer?: { has_account?: boolean } | null }

/**
 * Who the order belongs to now: a guest (no customer, or a guest customer record), this customer
 * already, or another account (409 order_has_account: an order never moves between accounts).
 */
const checkOrderIsGuestsStep = createStep("check-order-is-guests", async (input: ClaimGuestOrderInput, { container }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "customer_id", "customer.has_account"],
    filters: { id: input.order_id },
  })
  const order = data[0] as OrderOwner | undefined
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This order does not exist.", refusal("order_not_found"))
  if (order.customer_id !== input.customer_id && order.customer?.has_account) {
    throw new MedusaError(MedusaError.Types.CONFLICT, "This order already belongs to another customer account.", refusal("order_has_account"))
  }
  return new StepResponse({ previous_customer_id: order.customer_id })
})

const setOrderCustomerStep = createStep(
  "set-order-customer",
  async (input: ClaimGuestOrderInput & { previous_customer_id: string | null }, { container }) => {
    if (input.previous_customer_id === input.customer_id) return new StepResponse({ changed: false }, null)
    await container.resolve(Modules.ORDER).updateOrders([{ id: input.order_id, customer_id: input.customer_id }])
    return new StepResponse({ changed: true }, { order_id: input.order_id, customer_id: input.previous_customer_id })
  },
  async (previous, { container }) => {
    if (!previous) return
    // Back to the guest it was (the DTO types customer_id as a string; the column takes null).
    await container.resolve(Modules.ORDER).updateOrders([{ id: previous.order_id, customer_id: previous.customer_id as string }])
  }
)

/**
 * A guest order joins the logged-in customer's account. The caller has proven the right to it with
 * the order's signed e-mail link (proof of the address), never with the e-mail alone.
 */
export const claimGuestOrderWorkflow = createWorkflow("claim-guest-order", (input: WorkflowData<ClaimGuestOrderInput>) => {
  const owner = checkOrderIsGuestsStep(input)
  const result = setOrderCustomerStep({ order_id: input.order_id, customer_id: input.customer_id, previous_customer_id: owner.previous_customer_id })
  return new WorkflowResponse(result)
})
