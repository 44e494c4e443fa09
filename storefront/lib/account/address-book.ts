/**
 * The customer's address book as the pages show it (pure): the default delivery address is the one
 * Medusa marks `is_default_shipping`, else the first one (a book kept before defaults were chosen).
 */
type BookAddress = { id: string; is_default_shipping?: boolean | null }

export function defaultAddressOf<A extends BookAddress>(addresses: readonly A[] | null | undefined): A | null {
  return addresses?.find((address) => address.is_default_shipping) ?? addresses?.[0] ?? null
}

/** The default address first, then the others in Medusa's order. */
export function addressBookOrder<A extends BookAddress>(addresses: readonly A[] | null | undefined): A[] {
  const chosen = defaultAddressOf(addresses)
  return chosen ? [chosen, ...(addresses ?? []).filter((address) => address.id !== chosen.id)] : []
}

/** The address the page edits (`?modifier=<id>`), only when it is one of the customer's own. */
export function addressToEdit<A extends BookAddress>(addresses: readonly A[] | null | undefined, requested: unknown): A | null {
  return typeof requested === "string" ? (addresses?.find((address) => address.id === requested) ?? null) : null
}

/** The address that becomes the default once `deletedId` is gone: none unless the deleted one was it. */
export function nextDefaultAfterDeleting<A extends BookAddress>(addresses: readonly A[] | null | undefined, deletedId: string): A | null {
  if (defaultAddressOf(addresses)?.id !== deletedId || !addresses?.some((address) => address.is_default_shipping)) return null
  return addresses.find((address) => address.id !== deletedId) ?? null
}
