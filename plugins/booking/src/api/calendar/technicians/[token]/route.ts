import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { technicianFeed } from "../../../../lib/ics/technician-feed"
import { FEED_TOKEN_PATTERN, feedTokenHash } from "../../../../lib/ics/feed-token"
import { DAY } from "../../../../lib/availability/time"
import { BOOKING_MODULE } from "../../../../modules/booking"
import type BookingModuleService from "../../../../modules/booking/service"

const NOT_FOUND = refusalBody("not_found", "not_found", "Ce calendrier n'existe pas (ou plus).")

/**
 * GET /calendar/technicians/:token.ics: the technician's visits (a month back, three months ahead)
 * for the phone's calendar app, which cannot log in: the unguessable token in the address is the
 * key, and only that technician's visits are in it.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const token = String(req.params.token ?? "").replace(/\.ics$/, "")
  if (!FEED_TOKEN_PATTERN.test(token)) return res.status(404).json(NOT_FOUND)
  const booking = req.scope.resolve<BookingModuleService>(BOOKING_MODULE)
  const [technician] = await booking.listTechnicians({ calendar_token_hash: feedTokenHash(token) }, { select: ["id", "name"] })
  if (!technician) return res.status(404).json(NOT_FOUND)
  const now = Date.now()
  const visits = await booking.listAppointments(
    { technician_id: technician.id, status: { $ne: "cancelled" }, starts_at: { $gte: new Date(now - 30 * DAY), $lt: new Date(now + 90 * DAY) } },
    { order: { starts_at: "ASC" } }
  )
  const faults = new Map((await booking.listFaultTypes({ id: [...new Set(visits.map((visit) => visit.fault_type_id))] })).map((fault) => [fault.id, fault.label_fr]))
  res.setHeader("Content-Type", "text/calendar; charset=utf-8")
  res.setHeader("Cache-Control", "private, no-store")
  res.send(technicianFeed(technician.name, visits.map((visit) => ({ ...visit, fault_label: faults.get(visit.fault_type_id) ?? "Visite" }))))
}
