import { WorkflowResponse, createWorkflow, transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { registrationEmail } from "@mj-chauffage/shop-kernel/registration-links"

export type RequestCustomerAccountInput = { email: string; locale: "fr" | "ar" }

/** Someone asked for a customer account at an address: the answer goes by e-mail (subscribers/customer-account-requested-mail.ts). */
export const CUSTOMER_ACCOUNT_REQUESTED = "customer.account_requested"

export const requestCustomerAccountWorkflow = createWorkflow(
  "request-customer-account",
  (input: WorkflowData<RequestCustomerAccountInput>) => {
    const data = transform({ input }, ({ input }) => ({ email: registrationEmail(input.email), locale: input.locale }))
    emitEventStep({ eventName: CUSTOMER_ACCOUNT_REQUESTED, data })
    return new WorkflowResponse(data)
  }
)
