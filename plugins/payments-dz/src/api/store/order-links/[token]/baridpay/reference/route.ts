import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderOfSignedLink } from "../../../../baridpay/signed-order"
import { submitReference } from "../../../../baridpay/submit-reference"
import type { StoreBaridpayReferenceType } from "../../../../baridpay/validators"

/** POST /store/order-links/:token/baridpay/reference {transaction_reference}: a guest's BaridiMob reference, for the order its signed link opens. */
export async function POST(req: MedusaRequest<StoreBaridpayReferenceType>, res: MedusaResponse) {
  const orderId = orderOfSignedLink(req, res)
  if (!orderId) return
  await submitReference(req, res, orderId)
}
