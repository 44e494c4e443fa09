import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import type { CreateClosureInput } from "../types"

const dateTaken = (date: string) => new MedusaError(MedusaError.Types.CONFLICT, `L'entreprise est déjà fermée le ${date}.`, refusal("closure_date_taken"))

/** Closes the company on a date (409 closure_date_taken if it already is); the compensation deletes it. */
export const createClosureStep = createStep(
  "create-closure",
  async (input: CreateClosureInput, { container }) => {
    const booking = container.resolve<BookingModuleService>(BOOKING_MODULE)
    if ((await booking.listBookingClosures({ date: input.date }, { select: ["id"] })).length) throw dateTaken(input.date)
    try {
      const closure = await booking.createBookingClosures({ date: input.date, label: input.label })
      return new StepResponse(closure, closure.id)
    } catch (error) {
      // Two offices adding the same day at once meet at the unique index.
      if ((await booking.listBookingClosures({ date: input.date }, { select: ["id"] })).length) throw dateTaken(input.date)
      throw error
    }
  },
  async (closureId, { container }) => {
    if (!closureId) return
    await container.resolve<BookingModuleService>(BOOKING_MODULE).deleteBookingClosures(closureId)
  }
)
