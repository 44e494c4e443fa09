import "server-only"
import { customerAuthHeaders } from "../account/session"
import { medusa } from "./client"
import { medusaFailure } from "./errors"

/** Makes the cart the logged-in customer's (their order then shows in their account); nothing for a visitor. */
export async function attachCartToCustomer(cartId: string): Promise<void> {
  const headers = await customerAuthHeaders()
  if (!headers.authorization) return
  await medusa.client
    .fetch(`/store/carts/${cartId}/customer`, { method: "POST", headers, query: { fields: "id" }, cache: "no-store" })
    .catch((error) => {
      // A session Medusa has ended orders as a guest, as a visitor would.
      if (medusaFailure(error).status !== 401) throw error
    })
}
