import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"

/** Reopens a closed day (404 if unknown); the compensation closes it again. */
export const deleteClosureStep = createStep(
  "delete-closure",
  async (id: string, { container }) => {
    const booking = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const [closure] = await booking.listBookingClosures({ id })
    if (!closure) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Fermeture introuvable : ${id}`)
    await booking.deleteBookingClosures(closure.id)
    return new StepResponse(closure.id, { id: closure.id, date: closure.date, label: closure.label })
  },
  async (deleted, { container }) => {
    if (!deleted) return
    await container.resolve<BookingModuleService>(BOOKING_MODULE).createBookingClosures(deleted)
  }
)
