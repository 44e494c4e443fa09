"use server"
import crypto from "node:crypto"
import { getLocale, getTranslations } from "next-intl/server"
import { redirect } from "next/navigation"
import type { Locale } from "../i18n/routing"
import { bookingQuery, bookingStep, readBookingChoice, type BookingChoice } from "../lib/booking/booking-choice"
import { forgetVisitDraft, readVisitDraft, saveVisitDraft } from "../lib/booking/visit-draft-cookie"
import { readVisitDetails, type VisitDetails, type VisitDetailsError } from "../lib/booking/visit-details"
import { zoneForPlace } from "../lib/booking/zone-for-place"
import { customerAuthHeaders } from "../lib/account/session"
import { bookVisit, listBookingZones } from "../lib/medusa/booking"
import { medusaFailure } from "../lib/medusa/errors"
import { refusalText } from "../lib/medusa/refusal-text"
import { listCommunes } from "../lib/medusa/territory"

export type VisitDetailsState = { message: string; errors: Partial<Record<VisitDetailsError, string>>; values: Partial<VisitDetails> }
export type ConfirmVisitState = { message: string }

/** The choices carried in the form's hidden fields, checked like the page's query string. */
const choiceOf = (form: FormData): BookingChoice =>
  readBookingChoice({
    wilaya: String(form.get("wilaya") ?? ""),
    commune: String(form.get("commune") ?? ""),
    panne: String(form.get("panne") ?? ""),
    semaine: String(form.get("semaine") ?? "0"),
    creneau: String(form.get("creneau") ?? ""),
  })

/** Checks the customer's details and keeps them (HttpOnly cookie) for the review step. */
export async function saveVisitDetailsAction(_previous: VisitDetailsState, form: FormData): Promise<VisitDetailsState> {
  const locale = (await getLocale()) as Locale
  const t = await getTranslations("booking")
  const choice = choiceOf(form)
  const { details, errors } = readVisitDetails((name) => form.get(name))
  if (bookingStep(choice, false) !== "details") return { message: t("errors.startAgain"), errors: {}, values: details }
  if (errors.length) {
    return { message: t("errors.fixFields"), errors: Object.fromEntries(errors.map((name) => [name, t(`fieldErrors.${name}`)])), values: details }
  }
  await saveVisitDraft(details)
  redirect(`/${locale}/reparation${bookingQuery(choice, { etape: "verifier" })}`)
}

/**
 * Books the reviewed visit. A slot taken meanwhile sends the customer back to the calendar (fresh
 * slots, their details kept) with the reason; any other refusal is said from its code.
 */
export async function confirmVisitAction(_previous: ConfirmVisitState, form: FormData): Promise<ConfirmVisitState> {
  const locale = (await getLocale()) as Locale
  const t = await getTranslations("booking")
  const choice = choiceOf(form)
  const draft = await readVisitDraft()
  if (bookingStep(choice, true) !== "review" || !draft) return { message: t("errors.startAgain") }

  let booked: { id: string; manageToken: string }
  try {
    const [zones, communes] = await Promise.all([listBookingZones(), listCommunes(choice.wilaya!)])
    const commune = communes.find((candidate) => candidate.name_fr === choice.commune)
    const zone = commune ? zoneForPlace(zones, choice.wilaya!, commune.id) : null
    if (!commune || !zone) return { message: t("errors.notServed") }
    const { details } = draft
    booked = await bookVisit(
      {
        zone_id: zone.id,
        fault_type_id: choice.fault!,
        starts_at: choice.slot!,
        contact: { first_name: details.first_name, last_name: details.last_name, phone: details.phone, email: details.email },
        address: { address_1: details.address_1, commune: commune.name_fr, wilaya_code: choice.wilaya! },
        description: details.description,
        ...(details.boiler_brand ? { boiler_brand: details.boiler_brand } : {}),
        ...(details.boiler_model ? { boiler_model: details.boiler_model } : {}),
        locale,
      },
      // One key per draft and choice: a double click books once, another slot is another request.
      crypto.createHash("sha256").update(JSON.stringify([draft.key, choice])).digest("hex"),
      await customerAuthHeaders()
    )
  } catch (error) {
    if (medusaFailure(error).code !== "slot_unavailable") return { message: await refusalText(error, t("errors.unavailable")) }
    // Back to the calendar of that week, which now reads the slots afresh.
    redirect(`/${locale}/reparation${bookingQuery({ ...choice, slot: null }, { pris: "1" })}`)
  }
  await forgetVisitDraft()
  redirect(`/${locale}/reparation/rendez-vous/${booked.id}?token=${encodeURIComponent(booked.manageToken)}&nouveau=1`)
}
