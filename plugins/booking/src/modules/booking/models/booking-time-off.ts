import { model } from "@medusajs/framework/utils"
import { Technician } from "./technician"

/** A technician's absence (leave, training): no visit is offered inside it. */
export const BookingTimeOff = model.define("booking_time_off", {
  id: model.id({ prefix: "toff" }).primaryKey(),
  starts_at: model.dateTime(),
  ends_at: model.dateTime(),
  reason: model.text().nullable(),
  technician: model.belongsTo(() => Technician, { mappedBy: "time_off" }),
})
