import type { InferTypeOf } from "@medusajs/framework/types"
import { model } from "@medusajs/framework/utils"
import { CHARGILY_CHECKOUT_STATUSES, CHARGILY_PAYMENT_METHODS } from "../../../lib/chargily/checkout-status"
import { CARD_REFUND_REASONS } from "../../../lib/card/refund-reasons"

/**
 * One Chargily checkout opened for a cart, recorded before Chargily is called so that no payment is
 * ever unaccounted for: what we asked for, and what Chargily answered. The cart and session are
 * plain references, read by id only.
 */
export const ChargilyCheckout = model
  .define("chargily_checkout", {
    id: model.id({ prefix: "chkpay" }).primaryKey(),
    checkout_id: model.text().nullable(),
    cart_id: model.text().index(),
    payment_session_id: model.text(),
    /** In whole dinars, as Chargily counts. */
    amount: model.number(),
    payment_method: model.enum([...CHARGILY_PAYMENT_METHODS]),
    locale: model.text(),
    status: model.enum([...CHARGILY_CHECKOUT_STATUSES]).default("creating"),
    checkout_url: model.text().nullable(),
    /** Chargily's checkout at the decision (status, amount, currency, mode). */
    answer: model.json().nullable(),
    decided_at: model.dateTime().nullable(),
    order_id: model.text().nullable(),
    /** Why a paid checkout is to be given back, or why creating it failed, in words for the merchant. */
    failure: model.text().nullable(),
    /** Set when the shop could not make the payment its order: why (the same reasons as SATIM's). */
    refund_reason: model.enum([...CARD_REFUND_REASONS]).nullable(),
    /** When the office recorded the refund made from Chargily's dashboard, and which staff user. */
    refunded_at: model.dateTime().nullable(),
    refunded_by: model.text().nullable(),
    /** The captcha answer that opened this checkout: each answer opens one card page only (SATIM's or Chargily's). */
    captcha_signature: model.text().nullable(),
  })
  .indexes([
    { on: ["checkout_id"], unique: true, where: "checkout_id IS NOT NULL" },
    { on: ["captcha_signature"], unique: true, where: "captcha_signature IS NOT NULL" },
  ])

export type ChargilyCheckoutRecord = InferTypeOf<typeof ChargilyCheckout>
