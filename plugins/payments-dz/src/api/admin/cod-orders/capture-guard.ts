import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import { BARIDPAY_PROVIDER_ID, CASH_ON_DELIVERY_PROVIDER_ID } from "../../../lib/provider-ids"

/**
 * Medusa Admin shows "Capture payment" under every uncaptured payment, and its dashboard offers no
 * way to hide it for one provider. For cash on delivery that button would call a parcel still on
 * the road paid, for BaridPay a transfer nobody checked: POST /admin/payments/:id/capture is refused
 * for both, whose capture is the order page's own action: "Argent encaissé"
 * (workflows/cod/collect-cod-order.ts) or "Paiement reçu" (workflows/baridpay/confirm-baridpay-payment.ts),
 * both through Medusa's capture workflow.
 */
export async function refuseCashCaptureOutsideCollection(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const [payment] = await req.scope.resolve(Modules.PAYMENT).listPayments({ id: req.params.id }, { select: ["id", "provider_id"] })
  if (payment?.provider_id === CASH_ON_DELIVERY_PROVIDER_ID) {
    res
      .status(409)
      .json(
        refusalBody(
          "conflict",
          "cod_capture_at_collection_only",
          "Paiement à la livraison : encaissez avec « Argent encaissé » dans le bloc « Paiement à la livraison » de la commande, une fois l'argent remis par le livreur."
        )
      )
    return
  }
  if (payment?.provider_id === BARIDPAY_PROVIDER_ID) {
    res
      .status(409)
      .json(
        refusalBody(
          "conflict",
          "baridpay_capture_at_confirmation_only",
          "BaridPay : confirmez avec « Paiement reçu » dans le bloc « BaridPay » de la commande, une fois le virement vu sur le compte CCP."
        )
      )
    return
  }
  next()
}
