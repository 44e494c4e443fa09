import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { toCentimes } from "@mj-chauffage/shop-kernel/money"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { CartPaymentView } from "../../../lib/card/deposit-fate"

type Data = Record<string, unknown> | null | undefined
type CartRow = {
  completed_at: string | null
  order?: { id: string; payment_collections?: Array<{ payments?: Array<{ provider_id: string; data?: Data } | null> | null } | null> } | null
  payment_collection?: { payment_sessions?: Array<{ id: string; provider_id: string; status: string; amount: unknown; data?: Data } | null> | null } | null
}

/** Which card gateway the deposit rule looks at, and where its sessions and payments keep the gateway's id. */
export type ReadCardCartPaymentsInput = {
  cart_id: string
  provider_id: string
  /** `satim_order_id` (SATIM), `checkout_id` (Chargily). */
  gateway_order_id_key: string
}

const present = <T>(value: T | null | undefined): value is T => Boolean(value)

/** The cart as the deposit rule (lib/card/deposit-fate.ts) sees it, read fresh in one query: completed or not, its order's card payments, its sessions. */
export const readCardCartPaymentsStep = createStep("read-card-cart-payments", async (input: ReadCardCartPaymentsInput, { container }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: [
      "completed_at",
      "order.id",
      "order.payment_collections.payments.provider_id",
      "order.payment_collections.payments.data",
      "payment_collection.payment_sessions.id",
      "payment_collection.payment_sessions.provider_id",
      "payment_collection.payment_sessions.status",
      "payment_collection.payment_sessions.amount",
      "payment_collection.payment_sessions.data",
    ],
    filters: { id: input.cart_id },
  })
  const cart = data[0] as CartRow | undefined
  const gatewayOrderId = (data: Data) => {
    const id = data?.[input.gateway_order_id_key]
    return typeof id === "string" ? id : null
  }
  return new StepResponse<CartPaymentView>({
    completed: Boolean(cart?.completed_at || cart?.order),
    order_id: cart?.order?.id,
    order_gateway_order_ids: (cart?.order?.payment_collections ?? [])
      .flatMap((collection) => collection?.payments ?? [])
      .filter(present)
      .filter((payment) => payment.provider_id === input.provider_id)
      .map((payment) => gatewayOrderId(payment.data))
      .filter(present),
    sessions: (cart?.payment_collection?.payment_sessions ?? []).filter(present).map((session) => ({
      id: session.id,
      provider_id: session.provider_id,
      status: session.status,
      gateway_order_id: gatewayOrderId(session.data),
      amount_centimes: toCentimes(MathBN.convert(session.amount as never).toNumber()),
    })),
  })
})
