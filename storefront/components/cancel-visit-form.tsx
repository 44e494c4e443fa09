"use client"
import { useActionState } from "react"
import { FormAlert } from "./form-alert"
import { useTranslations } from "next-intl"
import { cancelVisitAction, type CancelVisitState } from "../actions/visit"

export function CancelVisitForm({ id, token }: { id: string; token: string }) {
  const t = useTranslations("visit")
  const [state, action, pending] = useActionState(cancelVisitAction, { status: "idle", message: "" } as CancelVisitState)
  if (state.status === "done") {
    return (
      <p role="status" className="form-message form-message--done">
        {state.message}
      </p>
    )
  }
  return (
    <form action={action} className="checkout-form">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="token" value={token} />
      <label>
        {t("reason")}
        <textarea name="reason" rows={3} maxLength={500} required />
      </label>
      <FormAlert message={state.message} />
      <button type="submit" className="button" disabled={pending}>
        {t("cancel")}
      </button>
    </form>
  )
}
