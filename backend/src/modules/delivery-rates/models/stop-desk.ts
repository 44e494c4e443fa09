import { model } from "@medusajs/framework/utils"

/**
 * A carrier's agency where a customer picks a parcel up. Its id is recorded on the shipping method
 * of the orders that chose it, so a desk is deactivated, never deleted.
 */
export const StopDesk = model.define("stop_desk", {
  id: model.id({ prefix: "sd" }).primaryKey(),
  wilaya_code: model.text().index(),
  /** The commune's French name as the territory data has it; null when not recorded. */
  commune: model.text().nullable(),
  name_fr: model.text(),
  name_ar: model.text(),
  address: model.text().nullable(),
  carrier: model.text().nullable(),
  is_active: model.boolean().default(true),
})
