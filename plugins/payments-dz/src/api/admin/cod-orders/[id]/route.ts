import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cashOrderFacts, ORDER_FIELDS_FOR_COD, type OrderForCod } from "../../../../lib/cod/cash-order"
import { allowedCodActions, type CodStatus } from "../../../../lib/cod/life-cycle"
import { CASH_ON_DELIVERY_PROVIDER_ID } from "../../../../lib/provider-ids"
import { COD_MODULE } from "../../../../modules/cod"
import type CodModuleService from "../../../../modules/cod/service"

type LogEntry = { id: string; action: string; call_outcome: string | null; note: string | null; staff_user_id: string; created_at: Date | string }

/**
 * GET /admin/cod-orders/:id (an order id): where its cash-on-delivery life stands, what the office
 * may do next, whether the cash is in, and the log (calls counted, who and when). `cod_order: null`
 * for an order not paid in cash.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: [...ORDER_FIELDS_FOR_COD, "total", "currency_code"], filters: { id: req.params.id } })
  const order = data[0] as unknown as (OrderForCod & { total: number; currency_code: string }) | undefined
  const facts = order ? cashOrderFacts(order, CASH_ON_DELIVERY_PROVIDER_ID) : null
  if (!order || !facts) return res.json({ cod_order: null, log: [] })

  const cod = req.scope.resolve<CodModuleService>(COD_MODULE)
  const [record] = await cod.listCodOrders({ order_id: order.id })
  const entries = record ? ((await cod.listCodLogEntries({ cod_order_id: record.id }, { order: { created_at: "ASC" } })) as unknown as LogEntry[]) : []
  const userIds = [...new Set(entries.map((entry) => entry.staff_user_id))]
  const { data: users } = userIds.length ? await query.graph({ entity: "user", fields: ["id", "email"], filters: { id: userIds } }) : { data: [] }
  const emailOf = new Map((users as Array<{ id: string; email: string }>).map((user) => [user.id, user.email]))
  const status: CodStatus = record?.status ?? "placed"
  res.json({
    cod_order: {
      order_id: order.id,
      status,
      reason: record?.reason ?? null,
      confirmed_at: record?.confirmed_at ?? null,
      shipped_at: record?.shipped_at ?? null,
      collected_at: record?.collected_at ?? null,
      refused_at: record?.refused_at ?? null,
      cancelled_at: record?.cancelled_at ?? null,
      call_attempts: entries.filter((entry) => entry.action === "log_call" || entry.action === "confirm" || entry.action === "cancel").length,
      allowed_actions: order.status === "canceled" ? [] : allowedCodActions(status),
      amount: Number(order.total),
      cash_collected: facts.cash_captured,
    },
    log: entries.map((entry) => ({ ...entry, staff_email: emailOf.get(entry.staff_user_id) ?? null })),
  })
}
