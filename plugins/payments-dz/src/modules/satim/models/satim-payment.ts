import type { InferTypeOf } from "@medusajs/framework/types"
import { model } from "@medusajs/framework/utils"
import { SATIM_PAYMENT_STATUSES } from "../../../lib/satim/payment-status"
import { CARD_REFUND_REASONS } from "../../../lib/card/refund-reasons"

/**
 * One attempt to pay a cart by card through SATIM, recorded before SATIM is called so that no
 * payment is ever unaccounted for. The cart and payment session are kept as plain references: this
 * is the payment's own record (what we asked SATIM for, and what SATIM answered), read by id only.
 */
export const SatimPayment = model
  .define("satim_payment", {
    id: model.id({ prefix: "satpay" }).primaryKey(),
    order_number: model.text().unique(),
    satim_order_id: model.text().nullable(),
    cart_id: model.text().index(),
    payment_session_id: model.text(),
    amount_centimes: model.number(),
    language: model.enum(["AR", "FR", "EN"]),
    status: model.enum([...SATIM_PAYMENT_STATUSES]).default("registering"),
    form_url: model.text().nullable(),
    /** SATIM's answer at the decision: codes, approval code, masked card number (never the full number). */
    answer: model.json().nullable(),
    decided_at: model.dateTime().nullable(),
    order_id: model.text().nullable(),
    /** Why a paid attempt was given back, or why registering failed, in words for the merchant. */
    failure: model.text().nullable(),
    refunded_centimes: model.number().default(0),
    /** Set when the shop itself gave the deposit back: why (the customer's e-mail and return page say it). */
    refund_reason: model.enum([...CARD_REFUND_REASONS]).nullable(),
    /** The captcha answer that opened this attempt: each answer opens one attempt only. */
    captcha_signature: model.text().nullable(),
  })
  .indexes([
    { on: ["satim_order_id"], unique: true, where: "satim_order_id IS NOT NULL" },
    { on: ["captcha_signature"], unique: true, where: "captcha_signature IS NOT NULL" },
  ])

/** One attempt as the module returns it. */
export type SatimAttempt = InferTypeOf<typeof SatimPayment>
