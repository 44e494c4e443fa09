import "server-only"
import type { VisitDetails } from "../booking/visit-details"
import { currentCustomer } from "../medusa/account"
import { defaultAddressOf } from "./address-book"

/** What the booking form starts with: the logged-in customer's details and address, empty for a visitor. */
export async function accountVisitDefaults(): Promise<Partial<VisitDetails>> {
  const customer = await currentCustomer().catch(() => null)
  if (!customer) return {}
  const address = defaultAddressOf(customer.addresses)
  return {
    first_name: customer.first_name ?? "",
    last_name: customer.last_name ?? "",
    phone: customer.phone ?? "",
    email: customer.email,
    address_1: address?.address_1 ?? "",
  }
}
