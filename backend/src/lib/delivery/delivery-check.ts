/**
 * What is ordered must still match the cart at completion: each home or stop-desk delivery was
 * chosen for the address's wilaya, its stop-desk is in that wilaya, and its price is that wilaya's
 * price now. A cart whose address moved after delivery was chosen (or whose price was bent) is
 * refused at completion rather than shipped to the wrong place at the wrong price.
 */
import type { RefusalCode } from "@mj-chauffage/shop-kernel/refusals"
import { deliveryQuote, findActiveStopDesk, isDeliveryMode, type DeliveryTable } from "./delivery-table"

export type ShippingMethodView = { amount: unknown; data?: Record<string, unknown> | null }

export type DeliveryProblem = Extract<RefusalCode, "delivery_for_another_wilaya" | "stop_desk_required" | "stop_desk_in_another_wilaya" | "delivery_price_changed" | "no_delivery_to_wilaya">

export function deliveryProblem(table: DeliveryTable, province: string, methods: readonly ShippingMethodView[]): DeliveryProblem | null {
  for (const method of methods) {
    const data = method.data ?? {}
    // Only this shop's delivery provider writes a mode; another provider's method is not ours to judge.
    if (!isDeliveryMode(data.mode)) continue
    if (data.wilaya_code !== province) return "delivery_for_another_wilaya"
    if (data.mode === "stopdesk") {
      // Unknown, or closed by the office after the customer chose it: choose again, as when none was chosen.
      const chosen = findActiveStopDesk(table, String(data.stop_desk_id ?? ""))
      if (!chosen) return "stop_desk_required"
      if (chosen.wilaya_code !== province) return "stop_desk_in_another_wilaya"
    }
    const quote = deliveryQuote(table, province, data.mode)
    if (!quote) return "no_delivery_to_wilaya"
    if (Number(method.amount) !== quote.amount) return "delivery_price_changed"
  }
  return null
}

export const DELIVERY_PROBLEM_MESSAGES: Record<DeliveryProblem, string> = {
  delivery_for_another_wilaya: "La livraison choisie était pour une autre wilaya que celle de l'adresse : choisissez de nouveau la livraison.",
  stop_desk_required: "Le stop-desk choisi ne reçoit plus de colis : choisissez un autre stop-desk de votre wilaya.",
  stop_desk_in_another_wilaya: "Le stop-desk choisi n'est pas dans la wilaya de l'adresse : choisissez un stop-desk de cette wilaya.",
  delivery_price_changed: "Le prix de la livraison a changé depuis votre choix : choisissez de nouveau la livraison pour voir le prix à jour.",
  no_delivery_to_wilaya: "Nous ne livrons pas encore cette wilaya : appelez-nous.",
}
