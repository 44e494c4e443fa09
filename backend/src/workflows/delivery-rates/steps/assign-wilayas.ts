import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { wilayaAssignmentProblem, type WilayaAssignment } from "../../../lib/delivery/rate-changes"
import type DeliveryRatesModuleService from "../../../modules/delivery-rates/service"
import { ratesOf } from "./rates"

/** Puts each wilaya in its zone (zone_id null: no zone delivers it). One row per wilaya, so never in two zones. */
async function apply(rates: DeliveryRatesModuleService, assignments: readonly WilayaAssignment[]) {
  const rows = await rates.listDeliveryZoneWilayas({ wilaya_code: assignments.map(({ wilaya_code }) => wilaya_code) }, { take: null })
  const rowOf = new Map(rows.map((row) => [row.wilaya_code, row]))
  const removed = assignments.filter(({ wilaya_code, zone_id }) => zone_id === null && rowOf.has(wilaya_code))
  const moved = assignments.filter(({ wilaya_code, zone_id }) => zone_id !== null && rowOf.has(wilaya_code))
  const added = assignments.filter(({ wilaya_code, zone_id }) => zone_id !== null && !rowOf.has(wilaya_code))
  if (removed.length) await rates.deleteDeliveryZoneWilayas(removed.map(({ wilaya_code }) => rowOf.get(wilaya_code)!.id))
  if (moved.length) await rates.updateDeliveryZoneWilayas(moved.map(({ wilaya_code, zone_id }) => ({ id: rowOf.get(wilaya_code)!.id, zone_id: zone_id! })))
  if (added.length) await rates.createDeliveryZoneWilayas(added.map(({ wilaya_code, zone_id }) => ({ wilaya_code, zone_id: zone_id! })))
}

/**
 * Moves wilayas between zones after checking the change (each wilaya once, real wilayas, existing
 * zones); the compensation puts each wilaya back in the zone it was in (or in none).
 */
export const assignDeliveryWilayasStep = createStep(
  "assign-delivery-wilayas",
  async (assignments: WilayaAssignment[], { container }) => {
    const rates = ratesOf(container)
    const zones = await rates.listDeliveryZones({}, { select: ["id"], take: null })
    const problem = wilayaAssignmentProblem(assignments, new Set(zones.map((zone) => zone.id)))
    if (problem) {
      const type = problem.code === "delivery_zone_not_found" ? MedusaError.Types.NOT_FOUND : MedusaError.Types.INVALID_DATA
      throw new MedusaError(type, problem.message, problem.code)
    }
    const rows = await rates.listDeliveryZoneWilayas({ wilaya_code: assignments.map(({ wilaya_code }) => wilaya_code) }, { take: null })
    const previous: WilayaAssignment[] = assignments.map(({ wilaya_code }) => ({
      wilaya_code,
      zone_id: (rows.find((row) => row.wilaya_code === wilaya_code) as { zone_id?: string } | undefined)?.zone_id ?? null,
    }))
    await apply(rates, assignments)
    return new StepResponse(assignments, previous)
  },
  async (previous, { container }) => {
    if (previous) await apply(ratesOf(container), previous)
  }
)
