import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { previousValues, ratesOf } from "./rates"

export type DeliveryZoneChanges = {
  id: string
  name_fr?: string
  name_ar?: string
  home_price?: number
  home_delay_days?: number
  stopdesk_price?: number
  stopdesk_delay_days?: number
  is_active?: boolean
}

/** Changes a zone's names, prices, delays or activity (404 if unknown); the compensation writes the previous values back. */
export const updateDeliveryZoneStep = createStep(
  "update-delivery-zone",
  async (changes: DeliveryZoneChanges, { container }) => {
    const rates = ratesOf(container)
    const [before] = await rates.listDeliveryZones({ id: changes.id })
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Zone de livraison introuvable : ${changes.id}`, refusal("delivery_zone_not_found"))
    const zone = await rates.updateDeliveryZones(changes)
    return new StepResponse(zone, previousValues(before, changes))
  },
  async (previous, { container }) => {
    if (!previous) return
    const rates = ratesOf(container)
    await rates.updateDeliveryZones(previous)
  }
)
