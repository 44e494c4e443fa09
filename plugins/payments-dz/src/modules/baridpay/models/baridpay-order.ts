import type { InferTypeOf } from "@medusajs/framework/types"
import { model } from "@medusajs/framework/utils"
import { BARIDPAY_STATUSES } from "../../../lib/baridpay/life-cycle"

/**
 * One BaridPay order's assisted payment (lib/baridpay/life-cycle.ts): the reference the customer
 * sent, who confirmed or rejected the money and when, and the job's reminder. Opened at the first
 * thing that happens to the order after placement; the order and its payment stay Medusa's.
 */
export const BaridpayOrder = model.define("baridpay_order", {
  id: model.id({ prefix: "bpo" }).primaryKey(),
  order_id: model.text().unique(),
  status: model.enum([...BARIDPAY_STATUSES]).default("awaiting_reference"),
  /** The BaridiMob transaction reference the customer typed (normalized). */
  transaction_reference: model.text().nullable(),
  submitted_at: model.dateTime().nullable(),
  reminded_at: model.dateTime().nullable(),
  /** The office's decision: when, and the admin user who made it. */
  decided_at: model.dateTime().nullable(),
  decided_by: model.text().nullable(),
  expired_at: model.dateTime().nullable(),
  /** Why the office rejected the payment, in its words. */
  reason: model.text().nullable(),
})

export type BaridpayOrderRecord = InferTypeOf<typeof BaridpayOrder>
