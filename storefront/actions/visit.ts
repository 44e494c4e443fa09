"use server"
import { getTranslations } from "next-intl/server"
import { revalidatePath } from "next/cache"
import { cancelVisit, visitFromLink } from "../lib/medusa/appointments"
import { medusaFailure } from "../lib/medusa/errors"

export type CancelVisitState = { status: "idle" | "done" | "error"; message: string }

/**
 * Cancels a visit for the holder of its e-mail link. Any browser can call this with any arguments:
 * the id and token are checked by Medusa (a wrong pair is a 404, like a visit that does not exist),
 * and Medusa refuses a cancellation less than 2 hours before the visit.
 */
export async function cancelVisitAction(_previous: CancelVisitState, form: FormData): Promise<CancelVisitState> {
  const t = await getTranslations("visit")
  const id = String(form.get("id") ?? "")
  const token = String(form.get("token") ?? "")
  const reason = String(form.get("reason") ?? "").trim().slice(0, 500)
  if (reason.length < 3) return { status: "error", message: t("errors.reason") }
  const found = await visitFromLink(id, token)
  if (!found) return { status: "error", message: t("errors.notFound") }
  try {
    await cancelVisit(id, token, reason)
  } catch (error) {
    const { status } = medusaFailure(error)
    return { status: "error", message: status === 400 ? t("errors.tooLate") : t("errors.unavailable") }
  }
  revalidatePath("/[locale]/reparation/rendez-vous/[id]", "page")
  return { status: "done", message: t("cancelled") }
}
