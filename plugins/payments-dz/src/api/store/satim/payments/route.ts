import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SATIM_MODULE } from "../../../../modules/satim"
import type SatimModuleService from "../../../../modules/satim/service"
import { startSatimPaymentWorkflow } from "../../../../workflows/satim/start-satim-payment"
import { countCardPageForClient } from "../../card/client-limit"
import { answerCardPageLimit } from "../../card/page-limit-answer"
import type { StoreStartSatimPaymentType } from "../validators"

/**
 * Opens SATIM's card page for a cart paid by card: answers the URL to send the whole page to. When
 * an earlier page of the cart is already paid, that URL is the payment's return page instead (it
 * places the order and shows the receipt), with `already_paid: true`. A cart past its card-page
 * allowance gets 429 with Retry-After (decided by the workflow under the cart's lock).
 */
export async function POST(req: MedusaRequest<StoreStartSatimPaymentType>, res: MedusaResponse) {
  const satim = req.scope.resolve<SatimModuleService>(SATIM_MODULE)
  const { result, errors } = await startSatimPaymentWorkflow(req.scope).run({ input: req.validatedBody, throwOnError: false })
  const failure = errors?.[0]?.error as { code?: string; message?: string } | undefined
  if (await answerCardPageLimit(req, res, failure, req.validatedBody.cart_id)) return
  if (failure) throw failure
  if (result.already_paid) {
    const returnPage = `${satim.returnUrl(req.validatedBody.locale)}?orderId=${encodeURIComponent(result.already_paid.satim_order_id)}`
    res.status(200).json({ payment: { already_paid: true, form_url: returnPage } })
    return
  }
  await countCardPageForClient(req)
  res.status(201).json({ payment: result })
}
