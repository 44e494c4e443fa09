import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cashOrderFacts, ORDER_FIELDS_FOR_COD, type OrderForCod } from "../../../lib/cod/cash-order"
import { BARIDPAY_PROVIDER_ID } from "../../../lib/provider-ids"

/**
 * The order as the BaridPay actions see it (the same facts as cash on delivery's, read for the
 * BaridPay provider: its open payment, whether captured, its collections); refuses an unknown order
 * or one not paid with BaridPay.
 */
export const readBaridpayOrderStep = createStep("read-baridpay-order", async ({ order_id }: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS_FOR_COD, filters: { id: order_id } })
  const order = data[0] as unknown as OrderForCod | undefined
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Commande introuvable.", refusal("order_not_found"))
  const facts = cashOrderFacts(order, BARIDPAY_PROVIDER_ID)
  if (!facts) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Cette commande n'est pas payée par BaridPay.", refusal("baridpay_not_baridpay_order"))
  return new StepResponse(facts)
})
