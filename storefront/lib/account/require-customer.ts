import "server-only"
import { redirect } from "next/navigation"
import { currentCustomer, type Customer } from "../medusa/account"

/** The logged-in customer, or off to the login page (which brings them back to `returnPath`). */
export async function requireCustomer(locale: string, returnPath: string): Promise<Customer> {
  const customer = await currentCustomer()
  if (!customer) redirect(`/${locale}/compte/connexion?retour=${encodeURIComponent(returnPath)}`)
  return customer
}
