import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { toCentimes } from "@mj-chauffage/shop-kernel/money"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { CartPaymentView } from "../../../lib/satim/deposit-fate"
import { SATIM_PROVIDER_ID } from "../../../lib/provider-ids"

type CartRow = {
  completed_at: string | null
  order?: { id: string; payment_collections?: Array<{ payments?: Array<{ provider_id: string; data?: Record<string, unknown> | null } | null> | null } | null> } | null
  payment_collection?: { payment_sessions?: Array<{ id: string; provider_id: string; status: string; amount: unknown; data?: Record<string, unknown> | null } | null> | null } | null
}

const present = <T>(value: T | null | undefined): value is T => Boolean(value)

/** The cart as the deposit rule sees it, read fresh in one query: completed or not, its order's card payments, its sessions. */
export const readCartPaymentsStep = createStep("read-cart-payments", async (input: { cart_id: string }, { container }) => {
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
  return new StepResponse<CartPaymentView>({
    completed: Boolean(cart?.completed_at || cart?.order),
    order_id: cart?.order?.id,
    order_satim_order_ids: (cart?.order?.payment_collections ?? [])
      .flatMap((collection) => collection?.payments ?? [])
      .filter(present)
      .filter((payment) => payment.provider_id === SATIM_PROVIDER_ID)
      .map((payment) => payment.data?.satim_order_id)
      .filter((id): id is string => typeof id === "string"),
    sessions: (cart?.payment_collection?.payment_sessions ?? []).filter(present).map((session) => ({
      id: session.id,
      provider_id: session.provider_id,
      status: session.status,
      satim_order_id: typeof session.data?.satim_order_id === "string" ? session.data.satim_order_id : null,
      amount_centimes: toCentimes(MathBN.convert(session.amount as never).toNumber()),
    })),
  })
})
