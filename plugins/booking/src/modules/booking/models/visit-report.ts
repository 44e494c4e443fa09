import { model } from "@medusajs/framework/utils"

/**
 * What the technician reports when a visit is done: a few words, the parts used (taken out of
 * stock) and the cash collected. One per visit: the unique index on `appointment_id` is what makes a
 * double-submitted "done" count the parts once (the second insert is refused).
 */
export const VisitReport = model
  .define("visit_report", {
    id: model.id({ prefix: "vrep" }).primaryKey(),
    appointment_id: model.text(),
    technician_id: model.text(),
    summary: model.text(),
    /** [{ variant_id, sku, title, quantity, unit_price, inventory_item_id, location_id }] */
    parts: model.json(),
    /** DZD: the visit fee plus the parts at their catalogue price. */
    expected_amount: model.number(),
    /** DZD, cash, as the technician counted it. */
    amount_collected: model.number(),
    /** The admin user who reported it. */
    reported_by: model.text(),
    /** Set when the office has checked the cash in: who and when. */
    reconciled_at: model.dateTime().nullable(),
    reconciled_by: model.text().nullable(),
  })
  .indexes([
    { on: ["appointment_id"], unique: true },
    { on: ["technician_id", "reconciled_at"] },
  ])
