import { model } from "@medusajs/framework/utils"

/** What the customer reports: it sets the visit's length, its fee and the skill it needs. */
export const FaultType = model.define("fault_type", {
  id: model.id({ prefix: "fault" }).primaryKey(),
  handle: model.text().unique(),
  label_fr: model.text(),
  label_ar: model.text(),
  duration_minutes: model.number(),
  /** Visit fee in DZD, tax included. */
  visit_fee: model.number(),
  required_skill: model.text(),
  urgency: model.enum(["normal", "urgent"]).default("normal"),
  /** An inactive fault type is no longer offered to customers; visits made with it keep it. */
  is_active: model.boolean().default(true),
})
