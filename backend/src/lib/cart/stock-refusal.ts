/**
 * Why a cart cannot take a quantity of a part, in words a customer can act on (French first; the
 * storefront translates by `code`). Medusa's own check only says "Some variant does not have the
 * required inventory", without naming the part or what is left.
 */
import type { RefusalCode } from "@mj-chauffage/shop-kernel/refusals"

export type StockRefusal = { code: Extract<RefusalCode, "out_of_stock" | "insufficient_stock">; message: string; available: number }

export function stockRefusal(input: {
  productTitle: string
  variantTitle: string | null
  /** Units the warehouse can still sell; null when stock is not tracked. */
  available: number | null
  /** Units of this variant the cart would hold after the change. */
  wanted: number
}): StockRefusal | null {
  if (input.available === null || input.wanted <= input.available) return null
  const name =
    input.variantTitle && input.variantTitle !== "Standard" && input.variantTitle !== "Default variant"
      ? `${input.productTitle} (${input.variantTitle})`
      : input.productTitle
  const available = Math.max(0, input.available)
  if (available === 0) {
    return {
      code: "out_of_stock",
      available,
      message: `« ${name} » est en rupture de stock. Retirez-le du panier ou appelez-nous pour connaître le délai de réapprovisionnement.`,
    }
  }
  return {
    code: "insufficient_stock",
    available,
    message: `Il ne reste que ${available} « ${name} » en stock : réduisez la quantité à ${available} au plus.`,
  }
}
