import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BEST_SELLER_DAYS, rankBestSellers } from "../../../lib/catalogue/best-sellers"
import type { StoreBestSellersQueryType } from "./validators"

type OrderLines = { items?: ({ product_id?: string | null; detail?: { quantity?: unknown } | null } | null)[] | null }

/**
 * GET /store/best-sellers?limit=8: ids of the products most ordered in the last 90 days (canceled
 * orders excluded). Only ids: the storefront loads the products with their prices itself.
 */
export async function GET(req: MedusaRequest<unknown, StoreBestSellersQueryType>, res: MedusaResponse) {
  const { limit } = req.validatedQuery as StoreBestSellersQueryType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const since = new Date(Date.now() - BEST_SELLER_DAYS * 86_400_000)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["items.product_id", "items.detail.quantity"],
    filters: { created_at: { $gte: since }, status: { $ne: "canceled" }, is_draft_order: false },
  })
  const lines = (orders as OrderLines[]).flatMap((order) =>
    (order.items ?? []).map((item) => ({ product_id: item?.product_id ?? null, quantity: Number(item?.detail?.quantity ?? 0) }))
  )
  res.setHeader("Cache-Control", "public, max-age=300")
  res.json({ product_ids: rankBestSellers(lines, limit) })
}
