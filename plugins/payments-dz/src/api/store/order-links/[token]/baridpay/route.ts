import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { baridpayPaymentView, readOrderForBaridpay } from "../../../baridpay/payment-view"
import { orderOfSignedLink } from "../../../baridpay/signed-order"
import { notBaridpayOrder, orderNotFound } from "../../../baridpay/submit-reference"

/** GET /store/order-links/:token/baridpay: the BaridPay instructions of the order a signed link opens (a guest's). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const orderId = orderOfSignedLink(req, res)
  if (!orderId) return
  const order = await readOrderForBaridpay(req.scope, orderId)
  if (!order) return orderNotFound(res)
  const view = await baridpayPaymentView(req.scope, order)
  if (!view) return notBaridpayOrder(res)
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ baridpay: view })
}
