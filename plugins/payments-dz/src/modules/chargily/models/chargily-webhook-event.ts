import { model } from "@medusajs/framework/utils"

/**
 * A Chargily webhook event already acted on, by Chargily's event id (unique): a duplicate or a replay
 * of the same signed body is recognised here and changes nothing.
 */
export const ChargilyWebhookEvent = model.define("chargily_webhook_event", {
  id: model.id({ prefix: "chkevt" }).primaryKey(),
  event_id: model.text().unique(),
  event_type: model.text(),
  checkout_id: model.text(),
})
