import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CHARGILY_MODULE } from "../../../../modules/chargily"
import type ChargilyModuleService from "../../../../modules/chargily/service"
import { startChargilyCheckoutWorkflow } from "../../../../workflows/chargily/start-chargily-checkout"
import { countCardPageForClient } from "../../card/client-limit"
import { answerCardPageLimit } from "../../card/page-limit-answer"
import type { StoreStartChargilyCheckoutType } from "../validators"

/**
 * Opens Chargily's payment page for a cart that pays with Chargily: answers the URL to send the whole
 * page to. When an earlier checkout of the cart is already paid, that URL is the payment's return page
 * instead (it places the order), with `already_paid: true`. Counted with the card pages per client;
 * a cart past its allowance of pages gets 429 with Retry-After, as with SATIM.
 */
export async function POST(req: MedusaRequest<StoreStartChargilyCheckoutType>, res: MedusaResponse) {
  const chargily = req.scope.resolve<ChargilyModuleService>(CHARGILY_MODULE)
  const { result, errors } = await startChargilyCheckoutWorkflow(req.scope).run({ input: req.validatedBody, throwOnError: false })
  const failure = errors?.[0]?.error as { code?: string; message?: string } | undefined
  if (await answerCardPageLimit(req, res, failure, req.validatedBody.cart_id)) return
  if (failure) throw failure
  if (result.already_paid) {
    const returnPage = chargily.returnUrl(req.validatedBody.locale, result.already_paid.reference)
    res.status(200).json({ checkout: { already_paid: true, checkout_url: returnPage } })
    return
  }
  await countCardPageForClient(req)
  res.status(201).json({ checkout: result })
}
