import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CallOutcome, CodAction } from "../../../lib/cod/life-cycle"
import { COD_MODULE } from "../../../modules/cod"
import type CodModuleService from "../../../modules/cod/service"

export type CodLogInput = { cod_order_id: string; action: CodAction; call_outcome?: CallOutcome | null; note?: string | null; staff_user_id: string }

/** Writes who did what (and how a call ended) in the order's log; a rollback removes the line. */
export const logCodActionStep = createStep(
  "log-cod-action",
  async (input: CodLogInput, { container }) => {
    const entry = await container.resolve<CodModuleService>(COD_MODULE).createCodLogEntries({
      cod_order_id: input.cod_order_id,
      action: input.action,
      call_outcome: input.call_outcome ?? null,
      note: input.note ?? null,
      staff_user_id: input.staff_user_id,
    })
    return new StepResponse(entry, entry.id)
  },
  async (entryId, { container }) => {
    if (entryId) await container.resolve<CodModuleService>(COD_MODULE).deleteCodLogEntries(entryId)
  }
)
