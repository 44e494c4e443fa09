/**
 * A visit as the office and the technicians read it: the stored row plus what it refers to by id
 * (the fault's label and fee, the technician's name, the report once done).
 */
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import type { MedusaContainer } from "@medusajs/framework/types"

type Appointment = Awaited<ReturnType<BookingModuleService["listAppointments"]>>[number]

export async function describeVisits(scope: MedusaContainer, appointments: Appointment[], options: { reports?: boolean } = {}) {
  if (appointments.length === 0) return []
  const booking = scope.resolve<BookingModuleService>(BOOKING_MODULE)
  const faultIds = [...new Set(appointments.map((appointment) => appointment.fault_type_id))]
  const technicianIds = [...new Set(appointments.map((appointment) => appointment.technician_id).filter(Boolean))] as string[]
  const [faults, technicians, reports] = await Promise.all([
    booking.listFaultTypes({ id: faultIds }),
    technicianIds.length ? booking.listTechnicians({ id: technicianIds }, { select: ["id", "name", "phone"] }) : Promise.resolve([]),
    options.reports ? booking.listVisitReports({ appointment_id: appointments.map((appointment) => appointment.id) }) : Promise.resolve([]),
  ])
  const faultById = new Map(faults.map((fault) => [fault.id, fault]))
  const technicianById = new Map(technicians.map((technician) => [technician.id, technician]))
  const reportByVisit = new Map(reports.map((report) => [report.appointment_id, report]))
  return appointments.map((appointment) => {
    const fault = faultById.get(appointment.fault_type_id)
    const technician = appointment.technician_id ? technicianById.get(appointment.technician_id) : undefined
    return {
      ...appointment,
      technician: undefined,
      fault: fault ? { id: fault.id, label_fr: fault.label_fr, label_ar: fault.label_ar, visit_fee: fault.visit_fee, duration_minutes: fault.duration_minutes, urgency: fault.urgency } : null,
      technician_name: technician?.name ?? null,
      ...(options.reports ? { report: reportByVisit.get(appointment.id) ?? null } : {}),
    }
  })
}
