/** How the admin routes read technicians back: with their zones, linked admin user and live visits. */
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { BOOKING_MODULE } from "../../../../modules/booking"
import type BookingModuleService from "../../../../modules/booking/service"

const FIELDS = [
  "id",
  "name",
  "phone",
  "skills",
  "weekly_hours",
  "is_active",
  "created_at",
  "updated_at",
  "zones.id",
  "zones.handle",
  "zones.name_fr",
  "zones.is_active",
  "user.id",
  "user.email",
  "user.first_name",
  "user.last_name",
]

export async function readTechnicians(scope: MedusaContainer, ids?: string[]) {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "technician",
    fields: FIELDS,
    filters: ids ? { id: ids } : {},
    pagination: { order: { name: "ASC" } },
  })
  // Query leaves the link out when there is none: the office reads "no login" as null.
  return data.map((technician) => ({ ...technician, user: technician.user ?? null }))
}

export async function readTechnician(scope: MedusaContainer, id: string) {
  const [technician] = await readTechnicians(scope, [id])
  if (!technician) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Technicien introuvable : ${id}`)
  return technician
}

/** Visits still to be made (not cancelled, done or missed): those the office must hand to someone else. */
const LIVE_STATUSES = ["requested", "confirmed", "en_route", "in_progress"] as const

const VISIT_FIELDS = [
  "id",
  "status",
  "starts_at",
  "ends_at",
  "contact_first_name",
  "contact_last_name",
  "contact_phone",
  "commune",
  "wilaya_code",
  "zone_id",
  "fault_type_id",
] as const

/** The technician's live visits starting from now, or (for an absence) overlapping a range. */
export async function visitsToReassign(scope: MedusaContainer, technicianId: string, range: { from: Date; until?: Date } = { from: new Date() }) {
  return scope.resolve<BookingModuleService>(BOOKING_MODULE).listAppointments(
    {
      technician_id: technicianId,
      status: [...LIVE_STATUSES],
      ...(range.until ? { starts_at: { $lt: range.until }, ends_at: { $gt: range.from } } : { starts_at: { $gte: range.from } }),
    },
    { select: [...VISIT_FIELDS], order: { starts_at: "ASC" } }
  )
}
