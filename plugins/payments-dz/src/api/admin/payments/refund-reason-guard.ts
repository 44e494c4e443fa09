import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import { BARIDPAY_PROVIDER_ID, CASH_ON_DELIVERY_PROVIDER_ID } from "../../../lib/provider-ids"

const MANUAL_REFUND_PROVIDERS = new Set([CASH_ON_DELIVERY_PROVIDER_ID, BARIDPAY_PROVIDER_ID])

/**
 * Cash on delivery and BaridPay give money back by hand (cash, a CCP transfer): Medusa's own
 * "Refund" (POST /admin/payments/:id/refund) only records it, and its providers just accept it. So
 * that the record says why, such a refund must name one of the shop's refund reasons; Medusa itself
 * keeps who (created_by) and when (created_at), and the invoicing plugin issues the credit note.
 * Medusa's form makes the reason optional, hence this check before its route.
 */
export async function requireManualRefundReason(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const payments = req.scope.resolve(Modules.PAYMENT)
  const [payment] = await payments.listPayments({ id: req.params.id }, { select: ["id", "provider_id"] })
  if (!payment || !MANUAL_REFUND_PROVIDERS.has(payment.provider_id)) return next()
  const reasonId = (req.body as { refund_reason_id?: unknown } | undefined)?.refund_reason_id
  const [reason] = typeof reasonId === "string" && reasonId ? await payments.listRefundReasons({ id: reasonId }, { select: ["id"] }) : []
  if (reason) return next()
  res
    .status(400)
    .json(
      refusalBody(
        "invalid_data",
        "refund_reason_required",
        "Remboursement à la main (paiement à la livraison, BaridPay) : choisissez un motif de remboursement (refund_reason_id, liste dans GET /admin/refund-reasons) et notez comment l'argent a été rendu."
      )
    )
}
