import type { ShopIdentity } from "@mj-chauffage/shop-kernel/shop-identity"

/** One line of the shop's identity on a page: which value, and what to show (null when not configured). */
export type IdentityRow<Content> = { field: keyof ShopIdentity; content: Content | null }

/**
 * The lines a page shows: all of them while settings are still being written (a missing one then
 * reads "à compléter"), only the configured ones otherwise.
 */
export function presentRows<Content>(rows: IdentityRow<Content>[], showMissing: boolean): IdentityRow<Content>[] {
  return showMissing ? rows : rows.filter((row) => row.content !== null)
}
