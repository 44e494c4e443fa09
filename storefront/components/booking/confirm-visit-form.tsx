"use client"
import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { confirmVisitAction, type ConfirmVisitState } from "../../actions/booking"
import type { BookingChoice } from "../../lib/booking/booking-choice"
import { FormAlert } from "../form-alert"

/** The last step: one button that books (the details come from the server-side draft). */
export function ConfirmVisitForm({ choice }: { choice: BookingChoice }) {
  const t = useTranslations("booking")
  const [state, action, pending] = useActionState(confirmVisitAction, { message: "" } as ConfirmVisitState)
  return (
    <form action={action}>
      <input type="hidden" name="wilaya" value={choice.wilaya ?? ""} />
      <input type="hidden" name="commune" value={choice.commune ?? ""} />
      <input type="hidden" name="panne" value={choice.fault ?? ""} />
      <input type="hidden" name="semaine" value={String(choice.week)} />
      <input type="hidden" name="creneau" value={choice.slot ?? ""} />
      <FormAlert message={state.message} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {t("confirm")}
      </button>
    </form>
  )
}
