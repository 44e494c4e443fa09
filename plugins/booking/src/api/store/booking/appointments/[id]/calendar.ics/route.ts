import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BOOKING_MODULE } from "../../../../../../modules/booking"
import type BookingModuleService from "../../../../../../modules/booking/service"
import { appointmentIcs, faultLabel } from "../../../../../../lib/ics/appointment-ics"
import { ownedAppointment } from "../../owned"

/** GET /store/booking/appointments/:id/calendar.ics: the visit for the customer's calendar. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const appointment = await ownedAppointment(req)
  const [faultType] = await req.scope.resolve<BookingModuleService>(BOOKING_MODULE).listFaultTypes({ id: appointment.fault_type_id })
  const ics = appointmentIcs({ ...appointment, fault_label: faultLabel(faultType, appointment.locale) })
  res.setHeader("Content-Type", "text/calendar; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="rendez-vous-${appointment.id}.ics"`)
  res.setHeader("Cache-Control", "private, no-store")
  res.send(ics)
}
