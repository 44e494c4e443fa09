import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import type { TechnicianChanges } from "../types"
import { asJson, jsonList } from "./json"
import type { WeeklyRule } from "../../../lib/availability/slots"

function record(changes: TechnicianChanges) {
  const { zone_ids, skills, weekly_hours, ...plain } = changes
  return {
    ...plain,
    ...(skills !== undefined && { skills: asJson(skills) }),
    ...(weekly_hours !== undefined && { weekly_hours: asJson(weekly_hours) }),
    ...(zone_ids !== undefined && { zones: zone_ids }),
  }
}

/** Applies the changes to a technician (404 if unknown); the compensation puts the previous values back. */
export const updateTechnicianStep = createStep(
  "update-technician",
  async (changes: TechnicianChanges, { container }) => {
    const booking = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const [before] = await booking.listTechnicians({ id: changes.id }, { relations: ["zones"] })
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Technicien introuvable : ${changes.id}`)
    const previous: TechnicianChanges = {
      id: before.id,
      name: before.name,
      phone: before.phone,
      skills: jsonList(before.skills),
      weekly_hours: jsonList<WeeklyRule>(before.weekly_hours),
      is_active: before.is_active,
      zone_ids: before.zones.map((zone) => zone.id),
    }
    const technician = await booking.updateTechnicians(record(changes))
    return new StepResponse(technician, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<BookingModuleService>(BOOKING_MODULE).updateTechnicians(record(previous))
  }
)
