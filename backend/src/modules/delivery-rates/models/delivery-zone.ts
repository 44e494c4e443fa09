import { model } from "@medusajs/framework/utils"
import { DeliveryZoneWilaya } from "./delivery-zone-wilaya"

/**
 * A group of wilayas delivered at one price and delay per mode. Prices are whole dinars, tax
 * included, as the customer pays them; `handle` is what a shipping method records (`zone_id`).
 */
export const DeliveryZone = model.define("delivery_zone", {
  id: model.id({ prefix: "dzone" }).primaryKey(),
  handle: model.text().unique(),
  name_fr: model.text(),
  name_ar: model.text(),
  home_price: model.number(),
  home_delay_days: model.number(),
  stopdesk_price: model.number(),
  stopdesk_delay_days: model.number(),
  /** Listing order in the admin and the Store API (nearest zone first). */
  rank: model.number().default(0),
  /** An inactive zone delivers nowhere: its wilayas are refused as not served. */
  is_active: model.boolean().default(true),
  wilayas: model.hasMany(() => DeliveryZoneWilaya, { mappedBy: "zone" }),
})
