/**
 * "Done": the technician's report closes the visit. The report is written first, and its unique
 * `appointment_id` is the arbiter: a double-submitted "done" writes one report, takes the parts out of
 * stock once (Medusa's inventory step, undone if a later step fails), and the second answers 409.
 */
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { adjustInventoryLevelsStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { TECHNICIAN_EVENTS } from "../lib/events/appointment-events"
import { canMove, type VisitActor } from "../lib/visit-status/visit-status"
import { partsUsed, type CatalogueVariant, type PartUsed, type ReportPart, type StockTake } from "../lib/visit-report/parts-used"
import { BOOKING_MODULE } from "../modules/booking"
import type BookingModuleService from "../modules/booking/service"
import { applyChange, restorePrevious } from "./appointment-change"
import { ownVisit } from "./change-visit-status"

export type CompleteVisitInput = {
  appointment_id: string
  summary: string
  parts: PartUsed[]
  amount_collected: number
  by: string
  actor: VisitActor
  technician_id?: string
}

type VariantRow = {
  id: string
  sku: string | null
  title: string | null
  manage_inventory: boolean
  product?: { title: string | null } | null
  prices?: Array<{ amount: number; currency_code: string; price_rules?: unknown[] | null }> | null
  inventory_items?: Array<{ inventory_item_id: string; required_quantity: number; inventory?: { location_levels?: Array<{ location_id: string; stocked_quantity: number }> | null } | null }> | null
}

const ALREADY_DONE = "Cette visite est déjà terminée : son compte rendu a été enregistré."

/** The visit, the parts as the catalogue has them, and what the report and the stock will hold. */
export const prepareVisitReportStep = createStep("prepare-visit-report", async (input: CompleteVisitInput, { container }) => {
  const booking = container.resolve<BookingModuleService>(BOOKING_MODULE)
  const appointment = await ownVisit(booking, input.appointment_id, input.actor === "technician" ? input.technician_id : undefined)
  if (appointment.status === "done") throw new MedusaError(MedusaError.Types.CONFLICT, ALREADY_DONE, refusal("visit_already_done"))
  if (!canMove(appointment.status, "done", input.actor)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Une visite se termine une fois commencée (« En cours »).", refusal("visit_status_not_allowed"))
  }
  const [fault] = await booking.listFaultTypes({ id: appointment.fault_type_id })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ids = [...new Set(input.parts.map((part) => part.variant_id))]
  const { data } = ids.length
    ? await query.graph({
        entity: "variant",
        fields: [
          "id",
          "sku",
          "title",
          "manage_inventory",
          "product.title",
          "prices.amount",
          "prices.currency_code",
          "prices.price_rules.attribute",
          "inventory_items.inventory_item_id",
          "inventory_items.required_quantity",
          "inventory_items.inventory.location_levels.location_id",
          "inventory_items.inventory.location_levels.stocked_quantity",
        ],
        filters: { id: ids },
      })
    : { data: [] }
  const variants: CatalogueVariant[] = (data as unknown as VariantRow[]).map((variant) => ({
    id: variant.id,
    sku: variant.sku,
    title: variant.title,
    product_title: variant.product?.title ?? null,
    // The base dinar price (no price-list or region rule): what the shop's page shows.
    price: variant.prices?.find((price) => price.currency_code === "dzd" && !price.price_rules?.length)?.amount ?? null,
    manage_inventory: variant.manage_inventory,
    inventory: (variant.inventory_items ?? []).map((item) => ({
      inventory_item_id: item.inventory_item_id,
      required_quantity: item.required_quantity,
      levels: item.inventory?.location_levels ?? [],
    })),
  }))
  const result = partsUsed(input.parts, variants, fault?.visit_fee ?? 0)
  if ("unknown" in result) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Pièce inconnue du catalogue : ${result.unknown.join(", ")}`, refusal("part_not_found"))
  }
  return new StepResponse({ appointment_id: appointment.id, technician_id: appointment.technician_id, ...result })
})

type ReportDraft = { appointment_id: string; technician_id: string; lines: ReportPart[]; expected_amount: number; summary: string; amount_collected: number; by: string }

/** The report, once per visit: the unique index refuses a second one (409), before any stock moves. */
export const insertVisitReportStep = createStep(
  "insert-visit-report",
  async (draft: ReportDraft, { container }) => {
    const booking = container.resolve<BookingModuleService>(BOOKING_MODULE)
    try {
      const report = await booking.createVisitReports({
        appointment_id: draft.appointment_id,
        technician_id: draft.technician_id,
        summary: draft.summary,
        parts: draft.lines as unknown as Record<string, unknown>,
        expected_amount: draft.expected_amount,
        amount_collected: draft.amount_collected,
        reported_by: draft.by,
      })
      return new StepResponse(report, report.id)
    } catch (error) {
      const [existing] = await booking.listVisitReports({ appointment_id: draft.appointment_id })
      if (existing) throw new MedusaError(MedusaError.Types.CONFLICT, ALREADY_DONE, refusal("visit_already_done"))
      throw error
    }
  },
  async (reportId, { container }) => {
    if (reportId) await container.resolve<BookingModuleService>(BOOKING_MODULE).deleteVisitReports(reportId)
  }
)

export const markVisitDoneStep = createStep(
  "mark-visit-done",
  async (input: { appointment_id: string; by: string }, { container }) => {
    const booking = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const appointment = await booking.retrieveAppointment(input.appointment_id)
    return applyChange(booking, appointment, { status: "done" }, { action: "status", by: input.by, from: appointment.status, to: "done" })
  },
  restorePrevious
)

export const completeVisitWorkflow = createWorkflow("complete-visit", (input: WorkflowData<CompleteVisitInput>) => {
  const prepared = prepareVisitReportStep(input)
  const draft = transform({ input, prepared }, ({ input, prepared }): ReportDraft => ({
    appointment_id: prepared.appointment_id,
    technician_id: prepared.technician_id,
    lines: prepared.lines,
    expected_amount: prepared.expected_amount,
    summary: input.summary,
    amount_collected: input.amount_collected,
    by: input.by,
  }))
  const report = insertVisitReportStep(draft)
  when("parts-to-take", { prepared }, ({ prepared }) => prepared.stock.length > 0).then(() => {
    adjustInventoryLevelsStep(transform({ prepared }, ({ prepared }): StockTake[] => prepared.stock))
  })
  const appointment = markVisitDoneStep(transform({ input }, ({ input }) => ({ appointment_id: input.appointment_id, by: input.by })))
  emitEventStep({ eventName: TECHNICIAN_EVENTS.statusChanged, data: transform({ input }, ({ input }) => ({ id: input.appointment_id, to: "done" })) })
  return new WorkflowResponse({ appointment, report })
})
