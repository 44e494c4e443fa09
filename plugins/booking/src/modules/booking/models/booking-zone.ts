import { model } from "@medusajs/framework/utils"
import { Technician } from "./technician"

/** An area technicians serve: whole wilayas, or only some of their communes. */
export const BookingZone = model.define("booking_zone", {
  id: model.id({ prefix: "bzone" }).primaryKey(),
  handle: model.text().unique(),
  name_fr: model.text(),
  name_ar: model.text(),
  wilaya_codes: model.json(),
  /** Commune ids from the territory data; null = every commune of the wilayas. */
  commune_ids: model.json().nullable(),
  /** An inactive zone is no longer offered to customers; its visits keep it. */
  is_active: model.boolean().default(true),
  technicians: model.manyToMany(() => Technician, { mappedBy: "zones" }),
})
