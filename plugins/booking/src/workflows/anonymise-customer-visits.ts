import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../modules/booking"
import type BookingModuleService from "../modules/booking/service"

type Contact = {
  id: string
  contact_first_name: string
  contact_last_name: string
  contact_phone: string
  contact_email: string
  address_1: string
  description: string
  boiler_brand: string | null
  boiler_model: string | null
}

export type AnonymiseVisitsInput = { customer_id: string; email: string; name: string }

/**
 * A deleted account's repair visits stay in the planning's history (what was done, when, for how
 * much), but no longer name, reach or locate the customer (Loi 18-07). Compensation puts the
 * contact details back.
 */
export const anonymiseCustomerVisitsStep = createStep(
  "anonymise-customer-visits",
  async (input: AnonymiseVisitsInput, { container }) => {
    const booking = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const visits = (await booking.listAppointments(
      { customer_id: input.customer_id },
      { select: ["id", "contact_first_name", "contact_last_name", "contact_phone", "contact_email", "address_1", "description", "boiler_brand", "boiler_model"] }
    )) as Contact[]
    if (visits.length) {
      await booking.updateAppointments(
        visits.map((visit) => ({
          id: visit.id,
          contact_first_name: input.name,
          contact_last_name: input.name,
          contact_phone: "",
          contact_email: input.email,
          address_1: "—",
          description: "—",
          boiler_brand: null,
          boiler_model: null,
        }))
      )
    }
    return new StepResponse({ count: visits.length }, visits)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container.resolve<BookingModuleService>(BOOKING_MODULE).updateAppointments(previous)
  }
)
