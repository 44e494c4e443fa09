import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BOOKING_MODULE } from "../../../../modules/booking"
import type BookingModuleService from "../../../../modules/booking/service"
import { freeSlots } from "../../../../lib/availability/slots"
import { OFFICE_BOOKING_SETTINGS } from "../../../../lib/booking-settings"
import type { AdminSlotsQueryType } from "../validators"

/** GET /admin/booking/slots: free slots by the office's rules (no customer notice), with the technician each goes to. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { zone_id, fault_type_id, from, to, technician_id } = req.validatedQuery as unknown as AdminSlotsQueryType
  const inputs = await req.scope.resolve<BookingModuleService>(BOOKING_MODULE).availabilityInputs(zone_id, fault_type_id, from, to)
  const technicians = technician_id ? inputs.technicians.filter((technician) => technician.id === technician_id) : inputs.technicians
  const slots = freeSlots({ ...inputs, technicians, now: Date.now(), settings: OFFICE_BOOKING_SETTINGS }).map((slot) => ({
    start: new Date(slot.start).toISOString(),
    end: new Date(slot.end).toISOString(),
    technician_id: slot.technician_id,
  }))
  res.json({ slots })
}
