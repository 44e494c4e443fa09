import { registrationLinkToken } from "@mj-chauffage/shop-kernel/registration-links"

/** A customer account created through the Store API as a browser would, and its bearer token. */
type Api = { post(url: string, body?: object, config?: object): Promise<{ data: any }> } // eslint-disable-line @typescript-eslint/no-explicit-any

/** The password every test customer logs in with. */
export const CUSTOMER_PASSWORD = "Un-mot-de-passe-long-2026"

/** The body of a login registration, with the link the registration e-mail would have carried. */
export const registrationBody = (email: string, password = CUSTOMER_PASSWORD) => ({ email, password, registration_token: registrationLinkToken(email) })

export async function customerHeaders(api: Api, storeHeaders: Record<string, string>, email: string) {
  const password = CUSTOMER_PASSWORD
  const { data: registration } = await api.post("/auth/customer/emailpass/register", registrationBody(email, password))
  await api.post(
    "/store/customers",
    { email, first_name: "Client", last_name: email.split("@")[0] },
    { headers: { ...storeHeaders, authorization: `Bearer ${registration.token}` } }
  )
  const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
  return { ...storeHeaders, authorization: `Bearer ${login.token}` }
}
