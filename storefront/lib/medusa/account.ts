import "server-only"
import type { ShopLocale } from "@mj-chauffage/shop-kernel/locale"
import { customerAuthHeaders } from "../account/session"
import { tokenActor } from "../account/token-actor"
import { medusa } from "./client"
import { medusaFailure } from "./errors"
import type { LinkedOrder } from "./order-link"

/**
 * A customer's account as Medusa keeps it, reached only from this server: the customer's token comes
 * from the HttpOnly session cookie (account/session.ts), and each call forwards the shopper's address
 * so Medusa's login limits count shoppers, not this server.
 */
export type Customer = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  phone: string | null
  created_at: string
  metadata?: Record<string, unknown> | null
  addresses?: CustomerAddress[]
}

export type CustomerAddress = {
  id: string
  first_name: string | null
  last_name: string | null
  address_1: string | null
  city: string | null
  province: string | null
  phone: string | null
  is_default_shipping?: boolean
}

export type OrderLine = Pick<LinkedOrder, "id" | "display_id" | "created_at" | "total" | "customer_status" | "payment_method">

const shopper = (address: string | undefined): Record<string, string> => (address ? { "x-forwarded-for": address } : {})

/** A Medusa customer token for this e-mail and password (a refusal is thrown with its code). */
export async function logIn(email: string, password: string, shopperAddress?: string): Promise<string> {
  const { token } = await medusa.client.fetch<{ token: string }>("/auth/customer/emailpass", {
    method: "POST",
    body: { email, password },
    headers: shopper(shopperAddress),
    cache: "no-store",
  })
  return token
}

/**
 * Asks for an account at this address: Medusa e-mails the link that opens it, or says the address
 * already has one. The answer here is the same either way.
 */
export async function requestAccount(email: string, locale: ShopLocale, shopperAddress?: string): Promise<void> {
  await medusa.client.fetch("/store/account-requests", { method: "POST", body: { email, locale }, headers: shopper(shopperAddress), cache: "no-store" })
}

/** The address a registration link was sent to (a refusal with link_expired or link_invalid otherwise). */
export async function registrationLinkEmail(token: string): Promise<string> {
  const { email } = await medusa.client.fetch<{ email: string }>("/store/account-requests/verify", { method: "POST", body: { token }, cache: "no-store" })
  return email
}

/**
 * Opens the account of a registration link: the login (its e-mail is the link's), then the customer,
 * then a login; returns the customer's token. A login left without its customer (the customer step
 * failed once) is finished on the next try with the same password instead of being refused.
 */
export async function completeRegistration(
  token: string,
  account: { password: string; first_name: string; last_name: string; phone: string },
  shopperAddress?: string
): Promise<string> {
  const email = await registrationLinkEmail(token)
  let loginToken: string
  try {
    loginToken = (
      await medusa.client.fetch<{ token: string }>("/auth/customer/emailpass/register", {
        method: "POST",
        body: { email, password: account.password, registration_token: token },
        headers: shopper(shopperAddress),
        cache: "no-store",
      })
    ).token
  } catch (error) {
    if (medusaFailure(error).code !== "account_exists") throw error
    // Throws the wrong-password refusal when the password is not this login's.
    loginToken = await logIn(email, account.password, shopperAddress)
    if (tokenActor(loginToken)) return loginToken
  }
  await medusa.client.fetch("/store/customers", {
    method: "POST",
    body: { first_name: account.first_name, last_name: account.last_name, phone: account.phone },
    headers: { authorization: `Bearer ${loginToken}`, ...shopper(shopperAddress) },
    cache: "no-store",
  })
  return logIn(email, account.password, shopperAddress)
}

/** Ends every session of the account in Medusa (the token stops working at once). */
export async function logOutEverywhere(): Promise<void> {
  const headers = await customerAuthHeaders()
  if (!headers.authorization) return
  await medusa.client.fetch("/auth/logout", { method: "POST", headers, cache: "no-store" }).catch((error) => {
    // An already-ended session is logged out; anything else is a real failure.
    if (medusaFailure(error).status !== 401) throw error
  })
}

/** Asks Medusa to e-mail a reset link (same answer whether or not the e-mail has an account). */
export async function requestPasswordReset(email: string, locale: ShopLocale, shopperAddress?: string): Promise<void> {
  await medusa.client.fetch("/auth/customer/emailpass/reset-password", {
    method: "POST",
    body: { identifier: email, metadata: { locale } },
    // Medusa answers 201 with no JSON body: take the raw answer.
    headers: { ...shopper(shopperAddress), accept: "text/plain" },
    cache: "no-store",
  })
}

/** Sets the new password with the token of the reset e-mail (single use: it ends every session). */
export async function setNewPassword(resetToken: string, password: string): Promise<void> {
  await medusa.client.fetch("/auth/customer/emailpass/update", {
    method: "POST",
    body: { password },
    headers: { authorization: `Bearer ${resetToken}` },
    cache: "no-store",
  })
}

/** The logged-in customer, or null (no session, or one Medusa has ended). */
export async function currentCustomer(): Promise<Customer | null> {
  const headers = await customerAuthHeaders()
  if (!headers.authorization) return null
  try {
    const { customer } = await medusa.client.fetch<{ customer: Customer }>("/store/customers/me", {
      query: { fields: "id,email,first_name,last_name,phone,created_at,metadata,*addresses" },
      headers,
      cache: "no-store",
    })
    return customer
  } catch (error) {
    if (medusaFailure(error).status === 401) return null
    throw error
  }
}

export async function updateProfile(profile: { first_name: string; last_name: string; phone: string }): Promise<void> {
  await medusa.client.fetch("/store/customers/me", { method: "POST", body: profile, headers: await customerAuthHeaders(), cache: "no-store" })
}

export async function customerOrders(): Promise<OrderLine[]> {
  return (await medusa.client.fetch<{ orders: OrderLine[] }>("/store/customers/me/order-history", { headers: await customerAuthHeaders(), cache: "no-store" }))
    .orders
}

/** One of the customer's orders, or null (not theirs, or none). */
export async function customerOrder(id: string): Promise<LinkedOrder | null> {
  if (!/^order_[0-9A-Z]{26}$/.test(id)) return null
  try {
    return (
      await medusa.client.fetch<{ order: LinkedOrder }>(`/store/customers/me/order-history/${id}`, { headers: await customerAuthHeaders(), cache: "no-store" })
    ).order
  } catch (error) {
    if (medusaFailure(error).status === 404) return null
    throw error
  }
}

/** Joins a guest order to the account with the token of its signed e-mail link. */
export async function claimGuestOrder(token: string): Promise<{ order_id: string; joined: boolean }> {
  return medusa.client.fetch("/store/customers/me/order-history/claim", { method: "POST", body: { token }, headers: await customerAuthHeaders(), cache: "no-store" })
}

/** Everything the shop keeps about the customer, as Medusa exports it (a JSON document). */
export async function exportCustomerData(): Promise<unknown> {
  return medusa.client.fetch("/store/customers/me/data-export", { headers: await customerAuthHeaders(), cache: "no-store" })
}

/** Deletes the account: data anonymised in Medusa, login deleted, every session ended. */
export async function eraseAccount(): Promise<void> {
  await medusa.client.fetch("/store/customers/me/erase", { method: "POST", headers: await customerAuthHeaders(), cache: "no-store" })
}

/** The customer's separate, optional consent to marketing messages, with its date. */
export type MarketingConsent = { given: boolean; at: string }

export function marketingConsentOf(customer: Customer): MarketingConsent | null {
  const consent = customer.metadata?.marketing_consent as Partial<MarketingConsent> | undefined
  return typeof consent?.given === "boolean" && typeof consent.at === "string" ? { given: consent.given, at: consent.at } : null
}

export async function setMarketingConsent(given: boolean): Promise<void> {
  const consent: MarketingConsent = { given, at: new Date().toISOString() }
  await medusa.client.fetch("/store/customers/me", { method: "POST", body: { metadata: { marketing_consent: consent } }, headers: await customerAuthHeaders(), cache: "no-store" })
}

export type NewAddress = { first_name: string; last_name: string; phone: string; address_1: string; city: string; province: string; postal_code?: string }

const ADDRESS_ID = /^cuaddr_[0-9A-Z]{26}$/

/** Adds an address to the customer's book; the first one becomes the default for deliveries and visits. */
export async function addAddress(address: NewAddress, makeDefault: boolean): Promise<void> {
  await medusa.client.fetch("/store/customers/me/addresses", {
    method: "POST",
    body: { ...address, country_code: "dz", is_default_shipping: makeDefault, is_default_billing: makeDefault },
    headers: await customerAuthHeaders(),
    cache: "no-store",
  })
}

/**
 * Changes one of the customer's addresses. Medusa looks the id up among the token's customer's own
 * addresses: another customer's id answers 404 (thrown), and nothing changes.
 */
export async function updateAddress(id: string, address: NewAddress): Promise<void> {
  await medusa.client.fetch(`/store/customers/me/addresses/${addressPath(id)}`, {
    method: "POST",
    body: { ...address, country_code: "dz" },
    headers: await customerAuthHeaders(),
    cache: "no-store",
  })
}

/** Makes this address the default for deliveries and visits; Medusa unmarks the previous one. */
export async function setDefaultAddress(id: string): Promise<void> {
  await medusa.client.fetch(`/store/customers/me/addresses/${addressPath(id)}`, {
    method: "POST",
    body: { is_default_shipping: true, is_default_billing: true },
    headers: await customerAuthHeaders(),
    cache: "no-store",
  })
}

export async function deleteAddress(id: string): Promise<void> {
  await medusa.client.fetch(`/store/customers/me/addresses/${addressPath(id)}`, { method: "DELETE", headers: await customerAuthHeaders(), cache: "no-store" })
}

/** An address id as Medusa makes them; anything else is refused here as Medusa would (not found). */
function addressPath(id: string): string {
  if (!ADDRESS_ID.test(id)) throw Object.assign(new Error("not an address id"), { status: 404 })
  return id
}
