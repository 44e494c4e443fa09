/**
 * What is ordered is checked against the cart as it is at completion, whoever completes it (the
 * storefront, or a card payment's settlement): a complete address with a real wilaya and commune,
 * and a delivery chosen for that wilaya, at its price now (lib/delivery/delivery-check.ts).
 */
import { MedusaError } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { DELIVERY_PROBLEM_MESSAGES, deliveryProblem, type ShippingMethodView } from "../../lib/delivery/delivery-check"
import { refuseUnknownPlace } from "./address-refusal"

type CartAtCompletion = {
  shipping_address?: { province?: string | null; city?: string | null } | null
  shipping_methods?: ShippingMethodView[] | null
}

completeCartWorkflow.hooks.validate(async ({ cart }) => {
  const { shipping_address, shipping_methods } = cart as unknown as CartAtCompletion
  const methods = shipping_methods ?? []
  if (!methods.length) return
  refuseUnknownPlace(shipping_address, { complete: true })
  const problem = deliveryProblem(shipping_address!.province!, methods)
  if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, DELIVERY_PROBLEM_MESSAGES[problem], problem)
})
