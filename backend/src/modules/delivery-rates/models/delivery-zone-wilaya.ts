import { model } from "@medusajs/framework/utils"
import { DeliveryZone } from "./delivery-zone"

/** Which zone delivers a wilaya: one row per wilaya code, so a wilaya is never in two zones. */
export const DeliveryZoneWilaya = model.define("delivery_zone_wilaya", {
  id: model.id({ prefix: "dzwil" }).primaryKey(),
  wilaya_code: model.text().unique(),
  zone: model.belongsTo(() => DeliveryZone, { mappedBy: "wilayas" }),
})
