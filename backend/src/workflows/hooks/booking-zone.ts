/**
 * A repair-visit zone the office creates or edits names real places: its wilayas and communes are
 * checked against the shop's territory data (which the booking plugin does not hold) before
 * anything is written (400 unknown_wilaya / unknown_commune).
 */
import { MedusaError } from "@medusajs/framework/utils"
import { createBookingZoneWorkflow, updateBookingZoneWorkflow } from "@mj-chauffage/booking/workflows/office/zones"
import { zoneTerritoryProblem, type ZoneTerritory } from "../../lib/territory/zone-territory"

function refuseUnknownTerritory({ territory }: { territory: ZoneTerritory }) {
  const problem = zoneTerritoryProblem(territory)
  if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem.message, problem.code)
}

createBookingZoneWorkflow.hooks.validate(refuseUnknownTerritory)
updateBookingZoneWorkflow.hooks.validate(refuseUnknownTerritory)
