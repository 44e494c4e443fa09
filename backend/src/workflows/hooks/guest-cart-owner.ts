import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CART_REQUESTER_KEY } from "../../api/store/carts/requester"

type CartOwner = { id: string; email: string | null; customer_id: string | null; customer?: { has_account: boolean } | null }

/** Who made the cart request, as api/store/carts/requester.ts wrote it: a logged-in customer's id, or null. */
export const cartRequester = (additionalData: Record<string, unknown> | null | undefined): string | null => {
  const requester = additionalData?.[CART_REQUESTER_KEY]
  return typeof requester === "string" && requester ? requester : null
}

/**
 * A cart belongs to a customer account only if that account's login made or took it. Medusa picks
 * the cart's customer by e-mail (the oldest customer with it, account or not), so a guest typing an
 * account's e-mail would attach the cart, then the order, to that account and show it in its order
 * history. Such a cart is moved to the guest customer of that e-mail (created when missing).
 */
/** What a workflow already holds of the cart: Medusa's created cart has `customer_id`, its refreshed cart `customer`. */
export type KnownCartOwner = { customer_id?: string | null; customer?: { id: string; has_account?: boolean | null } | null }

/** True when what the workflow holds shows the cart needs no move: no customer, a guest customer, or the requester. */
export function ownerNeedsNoMove(known: KnownCartOwner, requester: string | null): boolean {
  if ("customer" in known && known.customer !== undefined) {
    return !known.customer || known.customer.has_account === false || known.customer.id === requester
  }
  if ("customer_id" in known && known.customer_id !== undefined) return !known.customer_id || known.customer_id === requester
  return false
}

export async function keepGuestCartAwayFromAccounts(container: MedusaContainer, cartId: string, requester: string | null, known: KnownCartOwner = {}): Promise<void> {
  // Most carts are settled by what the workflow holds, without a read (a guest's new cart has no customer).
  if (ownerNeedsNoMove(known, requester)) return
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "email", "customer_id", "customer.has_account"],
    filters: { id: cartId },
  })
  const cart = data[0] as CartOwner | undefined
  if (!cart?.customer_id || !cart.customer?.has_account || cart.customer_id === requester) return
  const customers = container.resolve(Modules.CUSTOMER)
  const email = (cart.email ?? "").trim().toLowerCase()
  const findGuest = async () => (await customers.listCustomers({ email, has_account: false }, { take: 1 }))[0]
  let guest = await findGuest()
  if (!guest) {
    // Two carts may create the guest at the same moment: the unique (email, has_account) index keeps one.
    guest = await customers.createCustomers({ email }).catch(async (error: unknown) => (await findGuest()) ?? Promise.reject(error))
  }
  await container.resolve(Modules.CART).updateCarts(cart.id, { customer_id: guest.id })
}
