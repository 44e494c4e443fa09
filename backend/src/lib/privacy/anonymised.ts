/**
 * What replaces a person's data when they delete their account (Loi 18-07): the records the law makes
 * the shop keep (orders, invoices, visits done) stay, but name no one. The e-mail stays unique per
 * customer (Medusa indexes it) and can never receive mail (.invalid is reserved, RFC 2606).
 */
export const ANONYMISED_NAME = "Anonyme"

export function anonymisedEmail(customerId: string): string {
  return `supprime+${customerId.toLowerCase()}@anonyme.invalid`
}

/** The personal fields of an address emptied; the wilaya and commune stay (tax and delivery statistics). */
export function anonymisedAddress<T extends { city?: string | null; province?: string | null; country_code?: string | null }>(address: T) {
  return {
    first_name: ANONYMISED_NAME,
    last_name: ANONYMISED_NAME,
    address_1: "—",
    address_2: null,
    company: null,
    phone: null,
    postal_code: null,
    city: address.city ?? null,
    province: address.province ?? null,
    country_code: address.country_code ?? null,
  }
}
