import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { stopDeskPlaceProblem } from "../../../lib/delivery/rate-changes"
import { previousValues, ratesOf } from "./rates"

export type NewStopDesk = {
  wilaya_code: string
  commune?: string | null
  name_fr: string
  name_ar: string
  address?: string | null
  carrier?: string | null
}

export type StopDeskChanges = Partial<NewStopDesk> & { id: string; is_active?: boolean }

function refuseBadPlace(place: { wilaya_code: string; commune?: string | null }) {
  const problem = stopDeskPlaceProblem(place)
  if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem.message, problem.code)
}

/** A new stop-desk in a real wilaya and commune; the compensation deletes it. */
export const createStopDeskStep = createStep(
  "create-stop-desk",
  async (desk: NewStopDesk, { container }) => {
    refuseBadPlace(desk)
    const rates = ratesOf(container)
    const created = await rates.createStopDesks(desk)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    const rates = ratesOf(container)
    await rates.deleteStopDesks(id)
  }
)

/** Changes a stop-desk (404 if unknown), deactivating it included; the compensation writes the previous values back. */
export const updateStopDeskStep = createStep(
  "update-stop-desk",
  async (changes: StopDeskChanges, { container }) => {
    const rates = ratesOf(container)
    const [before] = await rates.listStopDesks({ id: changes.id })
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stop-desk introuvable : ${changes.id}`, refusal("stop_desk_not_found"))
    refuseBadPlace({ wilaya_code: changes.wilaya_code ?? before.wilaya_code, commune: changes.commune === undefined ? before.commune : changes.commune })
    const desk = await rates.updateStopDesks(changes)
    return new StepResponse(desk, previousValues(before, changes))
  },
  async (previous, { container }) => {
    if (!previous) return
    const rates = ratesOf(container)
    await rates.updateStopDesks(previous)
  }
)
