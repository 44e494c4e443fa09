import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import type { CreateTimeOffInput } from "../types"

/** Writes a technician's absence (404 if the technician is unknown); the compensation deletes it. */
export const createTimeOffStep = createStep(
  "create-time-off",
  async (input: CreateTimeOffInput, { container }) => {
    const booking = container.resolve<BookingModuleService>(BOOKING_MODULE)
    await booking.retrieveTechnician(input.technician_id, { select: ["id"] })
    const timeOff = await booking.createBookingTimeOffs({
      technician_id: input.technician_id,
      starts_at: new Date(input.starts_at),
      ends_at: new Date(input.ends_at),
      reason: input.reason ?? null,
    })
    return new StepResponse(timeOff, timeOff.id)
  },
  async (timeOffId, { container }) => {
    if (!timeOffId) return
    await container.resolve<BookingModuleService>(BOOKING_MODULE).deleteBookingTimeOffs(timeOffId)
  }
)
