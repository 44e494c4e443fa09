import type { FilterablePaymentProps, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { shopLocale } from "@mj-chauffage/shop-kernel/locale"
import { orderPageUrl } from "@mj-chauffage/shop-kernel/order-links"
import { baridpayDeadlines, dueBaridpayAction, type BaridpayDeadlines } from "../lib/baridpay/deadlines"
import { baridpayReference } from "../lib/baridpay/reference"
import { renderBaridpayReminder } from "../lib/baridpay/reminder-mail"
import { BARIDPAY_PROVIDER_ID } from "../lib/provider-ids"
import { BARIDPAY_MODULE } from "../modules/baridpay"
import type BaridpayModuleService from "../modules/baridpay/service"
import { expireBaridpayOrderWorkflow } from "../workflows/baridpay/expire-baridpay-order"
import { notifyOnce } from "@mj-chauffage/shop-kernel/server/notify-once"

type WaitingOrder = {
  id: string
  status: string
  created_at: string | Date
  email: string | null
  display_id: number
  total: number
  locale?: string | null
  metadata?: Record<string, unknown> | null
}

export type BaridpayDeadlinesReport = { examined: number; reminded: number; cancelled: number; failed: number }

/**
 * BaridPay orders still waiting for their BaridiMob reference: a reminder e-mail after N hours, the
 * order cancelled after M hours (Medusa's cancel workflow: stock released). Orders whose reference
 * arrived wait for the office, whatever their age. `now` is pinned by tests.
 */
export async function enforceBaridpayDeadlines(container: MedusaContainer, now = new Date(), deadlines: BaridpayDeadlines = baridpayDeadlines(process.env)): Promise<BaridpayDeadlinesReport> {
  const report: BaridpayDeadlinesReport = { examined: 0, reminded: 0, cancelled: 0, failed: 0 }
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  // The payment table has provider_id; Medusa's filter type only lists a few columns.
  const openFilter = { provider_id: BARIDPAY_PROVIDER_ID, captured_at: null, canceled_at: null } as unknown as FilterablePaymentProps
  const open = await container.resolve(Modules.PAYMENT).listPayments(openFilter, { select: ["id", "payment_collection_id"], take: 500 })
  if (!open.length) return report
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "payment_collection",
    fields: ["id", "order.id", "order.status", "order.created_at", "order.email", "order.display_id", "order.total", "order.locale", "order.metadata"],
    filters: { id: [...new Set(open.map((payment) => payment.payment_collection_id))] },
  })
  const orders = (data as unknown as Array<{ order?: WaitingOrder | null }>).map((collection) => collection.order).filter((order): order is WaitingOrder => Boolean(order && order.status !== "canceled"))
  if (!orders.length) return report
  const baridpay = container.resolve<BaridpayModuleService>(BARIDPAY_MODULE)
  const records = new Map((await baridpay.listBaridpayOrders({ order_id: orders.map((order) => order.id) })).map((record) => [record.order_id, record]))

  for (const order of orders) {
    const record = records.get(order.id)
    const due = dueBaridpayAction(
      { placed_at: new Date(order.created_at), reference_sent: Boolean(record && record.status !== "awaiting_reference"), reminded: Boolean(record?.reminded_at) },
      now,
      deadlines
    )
    if (!due) continue
    report.examined++
    try {
      if (due === "cancel") {
        await expireBaridpayOrderWorkflow(container).run({ input: { order_id: order.id, now } })
        report.cancelled++
      } else {
        await sendReminder(container, baridpay, order, deadlines)
        if (record) await baridpay.updateBaridpayOrders({ id: record.id, reminded_at: now })
        else await baridpay.createBaridpayOrders({ order_id: order.id, reminded_at: now })
        report.reminded++
      }
    } catch (error) {
      report.failed++
      logger.warn(`BaridPay deadline (${due}) of order ${order.id}: ${(error as Error).message}`)
    }
  }
  if (report.examined) logger.info(`BaridPay deadlines: ${JSON.stringify(report)}`)
  return report
}

async function sendReminder(container: MedusaContainer, baridpay: BaridpayModuleService, order: WaitingOrder, deadlines: BaridpayDeadlines) {
  if (!order.email) return
  const locale = shopLocale(order.locale ?? order.metadata?.locale)
  await notifyOnce(container.resolve(Modules.NOTIFICATION), {
    to: order.email,
    channel: "email",
    template: "baridpay-reminder",
    content: renderBaridpayReminder({
      locale,
      display_id: order.display_id,
      amount: Number(order.total),
      payment_reference: baridpayReference(order.display_id),
      rip: baridpay.payeeDetails().rip,
      cancel_after_hours: deadlines.cancel_after_hours,
      order_url: orderPageUrl(order.id, locale),
    }),
    resource_type: "order",
    resource_id: order.id,
    idempotency_key: `baridpay-reminder-${order.id}`,
  })
}

export default async function baridpayDeadlinesJob(container: MedusaContainer) {
  await enforceBaridpayDeadlines(container)
}

export const config = { name: "baridpay-deadlines", schedule: "*/15 * * * *" }
