import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestCustomerAccountWorkflow } from "../../../workflows/request-customer-account"
import type { RequestAccountBody } from "./validators"

/**
 * POST /store/account-requests { email, locale }: the first step of registering. The answer is the same
 * whether or not the address has an account, and does no lookup (same time too); the e-mail that follows
 * carries either the link that opens the account or a word that one exists.
 */
export async function POST(req: MedusaRequest<RequestAccountBody>, res: MedusaResponse) {
  const { email, locale } = req.validatedBody
  await requestCustomerAccountWorkflow(req.scope).run({ input: { email, locale } })
  res.status(202).json({ requested: true })
}
