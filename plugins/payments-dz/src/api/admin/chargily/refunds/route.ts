import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CHARGILY_MODULE } from "../../../../modules/chargily"
import type { ChargilyCheckoutRecord } from "../../../../modules/chargily/models/chargily-checkout"
import type ChargilyModuleService from "../../../../modules/chargily/service"
import { staffEmails } from "../staff-emails"
import type { AdminChargilyRefundsQueryType } from "../validators"

type CartOfCheckout = { id: string; email?: string | null; order?: { id: string; display_id?: number | null } | null }

/** How many rows the page shows: the backlog is a handful; the recorded ones, the latest. */
const LIMIT = 200

/**
 * GET /admin/chargily/refunds?status=refund_due|refunded_manually: the Chargily payments to give back
 * from Chargily's dashboard, oldest first (the longest waiting on top), or those already recorded as
 * given back, newest first; each with its cart, the order the cart became, the customer's e-mail,
 * the amount and since when.
 */
export async function GET(req: MedusaRequest<unknown, AdminChargilyRefundsQueryType>, res: MedusaResponse) {
  const { status } = req.validatedQuery
  const checkouts = (await req.scope
    .resolve<ChargilyModuleService>(CHARGILY_MODULE)
    .listChargilyCheckouts({ status }, { order: status === "refund_due" ? { updated_at: "ASC" } : { refunded_at: "DESC" }, take: LIMIT })) as ChargilyCheckoutRecord[]
  const cartIds = [...new Set(checkouts.map((checkout) => checkout.cart_id))]
  const { data: carts } = cartIds.length
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["id", "email", "order.id", "order.display_id"], filters: { id: cartIds } })
    : { data: [] }
  const cartOf = new Map((carts as CartOfCheckout[]).map((cart) => [cart.id, cart]))
  const emails = await staffEmails(req.scope, checkouts.map((checkout) => checkout.refunded_by))
  res.json({
    checkouts: checkouts.map((checkout) => {
      const cart = cartOf.get(checkout.cart_id)
      return {
        id: checkout.id,
        checkout_id: checkout.checkout_id,
        cart_id: checkout.cart_id,
        order_id: cart?.order?.id ?? null,
        order_display_id: cart?.order?.display_id ?? null,
        email: cart?.email ?? null,
        amount: checkout.amount,
        payment_method: checkout.payment_method,
        refund_reason: checkout.refund_reason,
        // Marked refund_due at the settlement: the record's last change until the office acts.
        due_since: checkout.decided_at ?? checkout.updated_at,
        refunded_at: checkout.refunded_at,
        refunded_by_email: checkout.refunded_by ? emails.get(checkout.refunded_by) ?? checkout.refunded_by : null,
      }
    }),
  })
}
