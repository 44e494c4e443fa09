import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import type { TechnicianFields } from "../types"
import { asJson } from "./json"

/** Writes a new technician with their zones; the compensation deletes them. */
export const createTechnicianStep = createStep(
  "create-technician",
  async (input: TechnicianFields, { container }) => {
    const booking = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const technician = await booking.createTechnicians({
      name: input.name,
      phone: input.phone,
      skills: asJson(input.skills),
      weekly_hours: asJson(input.weekly_hours),
      is_active: input.is_active,
      zones: input.zone_ids,
    })
    return new StepResponse(technician, technician.id)
  },
  async (technicianId, { container }) => {
    if (!technicianId) return
    await container.resolve<BookingModuleService>(BOOKING_MODULE).deleteTechnicians(technicianId)
  }
)
