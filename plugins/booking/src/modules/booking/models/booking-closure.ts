import { model } from "@medusajs/framework/utils"

/** A day the whole company is closed (public holidays; the Hijri-dated ones are entered per year). */
export const BookingClosure = model.define("booking_closure", {
  id: model.id({ prefix: "bclo" }).primaryKey(),
  /** Local date in Africa/Algiers, YYYY-MM-DD. */
  date: model.text().unique(),
  label: model.text(),
})
