import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { ANONYMISED_NAME, anonymisedEmail } from "../../lib/privacy/anonymised"

type Saved = {
  customer: { id: string; email: string; first_name: string | null; last_name: string | null; phone: string | null; metadata: Record<string, unknown> | null }
  addresses: Array<Record<string, unknown>>
}

/** The customer record stays (orders point to it) with no name, no phone and no address book. */
export const anonymiseCustomerStep = createStep(
  "anonymise-customer",
  async (input: { customer_id: string }, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const customer = await customers.retrieveCustomer(input.customer_id, { relations: ["addresses"] })
    const { addresses = [], ...rest } = customer
    const saved: Saved = {
      customer: { id: rest.id, email: rest.email, first_name: rest.first_name ?? null, last_name: rest.last_name ?? null, phone: rest.phone ?? null, metadata: rest.metadata ?? null },
      addresses: addresses.map(({ id: _id, created_at: _c, updated_at: _u, ...address }) => address as Record<string, unknown>),
    }
    if (addresses.length) await customers.deleteCustomerAddresses(addresses.map((address) => address.id))
    await customers.updateCustomers(input.customer_id, {
      email: anonymisedEmail(input.customer_id),
      first_name: ANONYMISED_NAME,
      last_name: ANONYMISED_NAME,
      phone: null,
      metadata: { erased_at: new Date().toISOString() },
    })
    return new StepResponse({ email: anonymisedEmail(input.customer_id) }, saved)
  },
  async (saved, { container }) => {
    if (!saved) return
    const customers = container.resolve(Modules.CUSTOMER)
    const { id, ...previous } = saved.customer
    await customers.updateCustomers(id, previous)
    if (saved.addresses.length) await customers.createCustomerAddresses(saved.addresses as never)
  }
)
