"use server"
import { getLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import type { Locale } from "../i18n/routing"
import { readBookingChoice } from "../lib/booking/booking-choice"
import { rescheduleVisit } from "../lib/medusa/appointments"
import { medusaFailure } from "../lib/medusa/errors"

/**
 * Moves a visit to the slot picked on its page, for the holder of its link. Works without
 * JavaScript: the answer is the visit page again, saying what happened (`deplace`, or the refusal's
 * code in `refus`, which the page translates).
 */
export async function rescheduleVisitAction(form: FormData): Promise<void> {
  const locale = (await getLocale()) as Locale
  const id = String(form.get("id") ?? "")
  const token = String(form.get("token") ?? "")
  const { slot, week } = readBookingChoice({ creneau: String(form.get("creneau") ?? ""), semaine: String(form.get("semaine") ?? "0") })
  const page = (extra: Record<string, string>) =>
    `/${locale}/reparation/rendez-vous/${encodeURIComponent(id)}?${new URLSearchParams({ token, ...extra })}`
  if (!slot) redirect(page({ refus: "choose", semaine: String(week) }))
  let outcome: string
  try {
    outcome = await rescheduleVisit(id, token, slot)
  } catch (error) {
    outcome = medusaFailure(error).code ?? "unavailable"
  }
  redirect(page(outcome === "moved" ? { deplace: "1" } : { refus: outcome, semaine: String(week) }))
}
