import type { MedusaResponse } from "@medusajs/framework/http"
import { feedPath, feedTokenHash, newFeedToken } from "../../../../../lib/ics/feed-token"
import { BOOKING_MODULE } from "../../../../../modules/booking"
import type BookingModuleService from "../../../../../modules/booking/service"
import type { TechnicianRequest } from "../technician"

const booking = (req: TechnicianRequest) => req.scope.resolve<BookingModuleService>(BOOKING_MODULE)

/** GET: whether the technician has a live calendar feed (its address is shown only when made). */
export async function GET(req: TechnicianRequest, res: MedusaResponse) {
  const technician = await booking(req).retrieveTechnician(req.technician_id, { select: ["id", "calendar_token_hash"] })
  res.json({ active: Boolean(technician.calendar_token_hash) })
}

/** POST: a new feed address; the previous one stops working (rotation). */
export async function POST(req: TechnicianRequest, res: MedusaResponse) {
  const token = newFeedToken()
  await booking(req).updateTechnicians({ id: req.technician_id, calendar_token_hash: feedTokenHash(token) })
  res.json({ active: true, path: feedPath(token) })
}

/** DELETE: no feed any more (a lost phone). */
export async function DELETE(req: TechnicianRequest, res: MedusaResponse) {
  await booking(req).updateTechnicians({ id: req.technician_id, calendar_token_hash: null })
  res.json({ active: false })
}
