import { StepResponse, WorkflowResponse, createStep, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import type { ChargilyEvent } from "../../lib/chargily/webhook-event"
import { CHARGILY_MODULE } from "../../modules/chargily"
import type ChargilyModuleService from "../../modules/chargily/service"
import { settleChargilyCheckoutWorkflow } from "./settle-chargily-checkout"

/**
 * A webhook whose signature was verified: its event id is recorded first (a unique index), so a
 * duplicate or a replay of the same event is recognised and changes nothing; then the checkout is
 * settled (re-read from Chargily). If settling fails, the event id is forgotten again, so Chargily's
 * next delivery is acted on.
 */
const recordEventStep = createStep(
  "record-chargily-webhook-event",
  async (event: ChargilyEvent, { container }) => {
    const chargily = container.resolve<ChargilyModuleService>(CHARGILY_MODULE)
    try {
      const recorded = await chargily.createChargilyWebhookEvents({ event_id: event.id, event_type: event.type, checkout_id: event.checkout_id })
      return new StepResponse<{ duplicate: boolean }, string | null>({ duplicate: false }, recorded.id)
    } catch (error) {
      if (!/already exists|duplicate key|unique/i.test((error as Error).message)) throw error
      return new StepResponse<{ duplicate: boolean }, string | null>({ duplicate: true }, null)
    }
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ChargilyModuleService>(CHARGILY_MODULE).deleteChargilyWebhookEvents(id)
  }
)

export const receiveChargilyWebhookWorkflow = createWorkflow("receive-chargily-webhook", (event: ChargilyEvent) => {
  const recorded = recordEventStep(event)
  const settled = when("settle-chargily-event", { recorded }, ({ recorded }) => !recorded.duplicate).then(() =>
    settleChargilyCheckoutWorkflow.runAsStep({ input: transform({ event }, ({ event }) => ({ checkout_id: event.checkout_id })) })
  )
  return new WorkflowResponse(transform({ recorded, settled }, ({ recorded, settled }) => ({ duplicate: recorded.duplicate, status: settled?.checkout.status ?? null })))
})
