"use server"
import { getTranslations } from "next-intl/server"
import { refresh } from "next/cache"
import { VISIT_CHANGE_NOTICE_HOURS } from "@mj-chauffage/shop-kernel/visit-change"
import { cancelVisit } from "../lib/medusa/appointments"

export type CancelVisitState = { status: "idle" | "done" | "error"; message: string }

/**
 * Cancels a visit for the holder of its e-mail link. Any browser can call this with any arguments:
 * Medusa checks the id and token together and the 2-hour rule (lib/medusa/appointments.ts).
 */
export async function cancelVisitAction(_previous: CancelVisitState, form: FormData): Promise<CancelVisitState> {
  const t = await getTranslations("visit")
  const id = String(form.get("id") ?? "")
  const token = String(form.get("token") ?? "")
  const reason = String(form.get("reason") ?? "").trim().slice(0, 500)
  if (reason.length < 3) return { status: "error", message: t("errors.reason") }
  const outcome = await cancelVisit(id, token, reason).catch(() => "unavailable" as const)
  if (outcome === "not_found") return { status: "error", message: t("errors.notFound") }
  if (outcome === "too_late") return { status: "error", message: t("errors.tooLate", { hours: VISIT_CHANGE_NOTICE_HOURS }) }
  if (outcome === "unavailable") return { status: "error", message: t("errors.unavailable") }
  // The page shows the visit as it now is (it renders per request; no cache to drop).
  refresh()
  return { status: "done", message: t("cancelled") }
}
