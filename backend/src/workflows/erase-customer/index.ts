import { WorkflowResponse, createWorkflow, transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { anonymiseCustomerVisitsStep } from "@mj-chauffage/booking/workflows/anonymise-customer-visits"
import { ANONYMISED_NAME } from "../../lib/privacy/anonymised"
import { anonymiseCustomerStep } from "./anonymise-customer-step"
import { anonymiseOrdersStep } from "./anonymise-orders-step"
import { deleteLoginStep } from "./delete-login-step"

export type EraseCustomerInput = { customer_id: string; auth_identity_id: string }

/**
 * A customer deletes their account (Loi 18-07, right to erasure): their record, orders and visits
 * stay as the law requires but are anonymised, and the login is deleted. Any failure puts the data
 * back (each step compensates); the login is deleted last.
 */
export const eraseCustomerWorkflow = createWorkflow("erase-customer", (input: WorkflowData<EraseCustomerInput>) => {
  const customer = anonymiseCustomerStep({ customer_id: input.customer_id })
  const orders = anonymiseOrdersStep({ customer_id: input.customer_id })
  const visitsInput = transform({ input, customer }, ({ input, customer }) => ({ customer_id: input.customer_id, email: customer.email, name: ANONYMISED_NAME }))
  const visits = anonymiseCustomerVisitsStep(visitsInput)
  deleteLoginStep({ auth_identity_id: input.auth_identity_id })
  return new WorkflowResponse({ orders: orders.count, visits: visits.count })
})
