/**
 * What the order e-mail subscribers share: load the order's mail fields, build the template data
 * with the signed order link, hand it to the notification module once (idempotency key).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { orderPageUrl } from "@mj-chauffage/shop-kernel/order-links"
import { ORDER_PAYMENT_FIELDS } from "../orders/payment-method"
import { ORDER_MAIL_FIELDS } from "./order-fields"
import { arabicProductTitles } from "./arabic-product-titles"
import { inCustomerLanguage, orderLocale, type OrderForMail } from "./order-mail-data"
import type { MailTemplateName } from "./templates"
import { notifyOnce } from "@mj-chauffage/shop-kernel/server/notify-once"

export async function sendOrderMail(
  container: MedusaContainer,
  orderId: string,
  template: MailTemplateName,
  buildData: (order: OrderForMail, orderUrl: string) => unknown
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: [...ORDER_MAIL_FIELDS, ...ORDER_PAYMENT_FIELDS], filters: { id: orderId } })
  const order = data[0] as unknown as (OrderForMail & { id: string; email: string | null }) | undefined
  if (!order?.email) return
  const arabicTitles = orderLocale(order) === "ar" ? await arabicProductTitles(container, order.items.map((item) => item.product_id)) : new Map<string, string>()
  await notifyOnce(container.resolve(Modules.NOTIFICATION), {
    to: order.email,
    channel: "email",
    template,
    data: buildData(inCustomerLanguage(order, arabicTitles), orderPageUrl(order.id, orderLocale(order))) as Record<string, unknown>,
    resource_type: "order",
    resource_id: order.id,
    idempotency_key: `${template}-${order.id}`,
  })
}
