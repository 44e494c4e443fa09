import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { customerMaySubmit, type BaridpayStatus } from "../../../lib/baridpay/life-cycle"
import { baridpayReference } from "../../../lib/baridpay/reference"
import { cashOrderFacts, ORDER_FIELDS_FOR_COD, type OrderForCod } from "../../../lib/cod/cash-order"
import { BARIDPAY_PROVIDER_ID } from "../../../lib/provider-ids"
import { BARIDPAY_MODULE } from "../../../modules/baridpay"
import type BaridpayModuleService from "../../../modules/baridpay/service"

type OrderRead = OrderForCod & { display_id: number; total: number; currency_code: string; customer_id: string | null }

/** The order with what BaridPay needs of it, or null when it does not exist. */
export async function readOrderForBaridpay(scope: MedusaContainer, orderId: string): Promise<OrderRead | null> {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [...ORDER_FIELDS_FOR_COD, "display_id", "total", "currency_code", "customer_id"],
    filters: { id: orderId },
  })
  return (data[0] as unknown as OrderRead | undefined) ?? null
}

/**
 * What the order page shows a customer paying with BaridPay: the amount, the reference to write in
 * BaridiMob, the shop's RIP and QR, and where the payment stands. Null when the order is not paid
 * with BaridPay.
 */
export async function baridpayPaymentView(scope: MedusaContainer, order: OrderRead) {
  const facts = cashOrderFacts(order, BARIDPAY_PROVIDER_ID)
  if (!facts) return null
  const baridpay = scope.resolve<BaridpayModuleService>(BARIDPAY_MODULE)
  const [record] = await baridpay.listBaridpayOrders({ order_id: order.id })
  const status: BaridpayStatus = record?.status ?? "awaiting_reference"
  const payee = baridpay.payeeDetails()
  return {
    order_id: order.id,
    display_id: order.display_id,
    amount: Number(order.total),
    currency_code: order.currency_code,
    payment_reference: baridpayReference(order.display_id),
    rip: payee.rip,
    qr_url: payee.qr_url,
    qr_payload: payee.qr_payload,
    status,
    paid: facts.cash_captured,
    transaction_reference: record?.transaction_reference ?? null,
    submitted_at: record?.submitted_at ?? null,
    may_submit: !facts.order_canceled && customerMaySubmit(status),
  }
}
