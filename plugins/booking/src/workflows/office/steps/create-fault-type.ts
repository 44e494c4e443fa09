import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import type { CreateFaultTypeInput } from "../types"
import { freeHandle } from "./handle-free"

/** Writes a new fault type (active); the compensation deletes it. */
export const createFaultTypeStep = createStep(
  "create-fault-type",
  async (input: CreateFaultTypeInput, { container }) => {
    const booking = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const handle = await freeHandle(input.handle, input.label_fr, async (candidate) => (await booking.listFaultTypes({ handle: candidate }, { select: ["id"] })).length > 0)
    const faultType = await booking.createFaultTypes({
      handle,
      label_fr: input.label_fr,
      label_ar: input.label_ar,
      duration_minutes: input.duration_minutes,
      visit_fee: input.visit_fee,
      required_skill: input.required_skill,
      urgency: input.urgency ?? "normal",
      is_active: true,
    })
    return new StepResponse(faultType, faultType.id)
  },
  async (faultTypeId, { container }) => {
    if (!faultTypeId) return
    await container.resolve<BookingModuleService>(BOOKING_MODULE).deleteFaultTypes(faultTypeId)
  }
)
