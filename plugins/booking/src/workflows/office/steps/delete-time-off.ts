import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"

/** Deletes one of the technician's absences (404 if it is not theirs); the compensation writes it back. */
export const deleteTimeOffStep = createStep(
  "delete-time-off",
  async (input: { technician_id: string; id: string }, { container }) => {
    const booking = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const [timeOff] = await booking.listBookingTimeOffs({ id: input.id, technician_id: input.technician_id })
    if (!timeOff) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Absence introuvable : ${input.id}`)
    await booking.deleteBookingTimeOffs(timeOff.id)
    return new StepResponse(timeOff.id, {
      id: timeOff.id,
      technician_id: input.technician_id,
      starts_at: timeOff.starts_at,
      ends_at: timeOff.ends_at,
      reason: timeOff.reason,
    })
  },
  async (deleted, { container }) => {
    if (!deleted) return
    await container.resolve<BookingModuleService>(BOOKING_MODULE).createBookingTimeOffs(deleted)
  }
)
