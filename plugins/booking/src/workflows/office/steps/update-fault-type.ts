import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import type { FaultTypeChanges } from "../types"

/** Applies the changes to a fault type (404 if unknown); the compensation puts the previous values back. */
export const updateFaultTypeStep = createStep(
  "update-fault-type",
  async (changes: FaultTypeChanges, { container }) => {
    const booking = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const [before] = await booking.listFaultTypes({ id: changes.id })
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Type de panne introuvable : ${changes.id}`)
    const previous: FaultTypeChanges = {
      id: before.id,
      label_fr: before.label_fr,
      label_ar: before.label_ar,
      duration_minutes: before.duration_minutes,
      visit_fee: before.visit_fee,
      required_skill: before.required_skill,
      urgency: before.urgency,
      is_active: before.is_active,
    }
    const faultType = await booking.updateFaultTypes(changes)
    return new StepResponse(faultType, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<BookingModuleService>(BOOKING_MODULE).updateFaultTypes(previous)
  }
)
