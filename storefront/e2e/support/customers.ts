import { expect } from "@playwright/test"
import { linkMailedTo } from "./mailbox"

const medusa = () => process.env.E2E_MEDUSA_URL ?? "http://localhost:9000"
export const publishableKeyHeader = () => ({ "x-publishable-api-key": process.env.E2E_PUBLISHABLE_KEY ?? "" })

/**
 * A customer made through Medusa's Store API as the registration pages do it (they have their own
 * test): the address asked for, the e-mailed link's token, the login, the customer; returns a token.
 */
export async function newCustomer(email: string, firstName: string, password: string): Promise<string> {
  const post = async (url: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${medusa()}${url}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...publishableKeyHeader(), ...headers },
      body: JSON.stringify(body),
    })
    expect(response.ok, `${url}: ${response.status} ${await response.clone().text()}`).toBe(true)
    return response.json()
  }
  await post("/store/account-requests", { email, locale: "fr" })
  const link = new URL(await linkMailedTo(email, "/fr/compte/inscription/terminer?jeton="), "http://storefront")
  const registrationToken = link.searchParams.get("jeton")!
  const { token: registration } = await post("/auth/customer/emailpass/register", { email, password, registration_token: registrationToken })
  await post("/store/customers", { email, first_name: firstName, last_name: "Belkacem", phone: "+213770112233" }, { authorization: `Bearer ${registration}` })
  return (await post("/auth/customer/emailpass", { email, password })).token
}
