"use server"
import { getTranslations } from "next-intl/server"
import { refresh } from "next/cache"
import { cancelVisit } from "../lib/medusa/appointments"
import { refusalText } from "../lib/medusa/refusal-text"

export type CancelVisitState = { status: "idle" | "done" | "error"; message: string }

/**
 * Cancels a visit for the holder of its e-mail link. Any browser can call this with any arguments:
 * Medusa checks the id and token together and the change rule; its refusal is shown from its code.
 */
export async function cancelVisitAction(_previous: CancelVisitState, form: FormData): Promise<CancelVisitState> {
  const t = await getTranslations("visit")
  const id = String(form.get("id") ?? "")
  const token = String(form.get("token") ?? "")
  const reason = String(form.get("reason") ?? "").trim().slice(0, 500)
  if (reason.length < 3) return { status: "error", message: t("errors.reason") }
  let outcome: Awaited<ReturnType<typeof cancelVisit>>
  try {
    outcome = await cancelVisit(id, token, reason)
  } catch (error) {
    return { status: "error", message: await refusalText(error, t("errors.unavailable")) }
  }
  if (outcome === "not_found") return { status: "error", message: t("errors.notFound") }
  // The page shows the visit as it now is (it renders per request; no cache to drop).
  refresh()
  return { status: "done", message: t("cancelled") }
}
