import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { metrics } from "@medusajs/framework/opentelemetry/api"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { metricsSettings } from "../observability/metrics-settings"
import { ORDER_PAYMENT_FIELDS, orderPaymentMethod, type OrderPayments } from "../lib/orders/payment-method"

/**
 * Counts each order placed, by how it is paid (card, baridpay, cash_on_delivery), on the
 * OpenTelemetry counter shop.orders.placed: the shop's checkouts at a glance, nothing of the customer.
 * Does nothing, not even its query, when metrics are off.
 */
export default async function orderPlacedMetric({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!metricsSettings(process.env)) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", ...ORDER_PAYMENT_FIELDS], filters: { id: event.data.id } })
  const order = data[0] as OrderPayments | undefined
  if (!order) return
  metrics
    .getMeter("mj-chauffage-shop")
    .createCounter("shop.orders.placed", { description: "Orders placed, by payment method", unit: "{order}" })
    .add(1, { "payment.method": orderPaymentMethod(order) })
}

export const config: SubscriberConfig = { event: "order.placed" }
