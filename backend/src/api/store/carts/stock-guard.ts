/**
 * Refuses, before Medusa's own inventory check, a cart change the warehouse cannot serve, with a
 * message naming the part and what is left (see lib/cart/stock-refusal.ts).
 * Covers adding a line and changing a line's quantity.
 */
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, getVariantAvailability } from "@medusajs/framework/utils"
import { stockRefusal } from "../../../lib/cart/stock-refusal"

type CartLine = { id: string; variant_id: string | null; quantity: number }

const isQuantity = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value) && value > 0

export async function refuseUnavailableQuantity(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as { variant_id?: unknown; quantity?: unknown }
  // Malformed input is left to Medusa's own validation.
  if (!isQuantity(body.quantity)) return next()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["id", "sales_channel_id", "items.id", "items.variant_id", "items.quantity"],
    filters: { id: req.params.id },
  })
  const cart = carts[0] as { sales_channel_id: string | null; items: CartLine[] } | undefined
  if (!cart?.sales_channel_id) return next()

  const changedLine = req.params.line_id ? cart.items.find((item) => item.id === req.params.line_id) : undefined
  const variantId = changedLine ? changedLine.variant_id : typeof body.variant_id === "string" ? body.variant_id : null
  if (!variantId) return next()
  const otherLines = cart.items.filter((item) => item.variant_id === variantId && item.id !== changedLine?.id)
  const wanted = body.quantity + otherLines.reduce((sum, item) => sum + item.quantity, 0)

  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["id", "title", "manage_inventory", "allow_backorder", "product.title"],
    filters: { id: variantId },
  })
  const variant = variants[0] as
    | { title: string | null; manage_inventory: boolean; allow_backorder: boolean; product: { title: string } }
    | undefined
  if (!variant || !variant.manage_inventory || variant.allow_backorder) return next()

  const availability = await getVariantAvailability(query, { variant_ids: [variantId], sales_channel_id: cart.sales_channel_id })
  const refusal = stockRefusal({
    productTitle: variant.product.title,
    variantTitle: variant.title,
    available: availability[variantId]?.availability ?? null,
    wanted,
  })
  if (!refusal) return next()
  res.status(400).json({ type: "not_allowed", ...refusal })
}
