"use client"
import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { marketingConsentAction } from "../../actions/my-data"
import type { AccountFormState } from "./account-form"
import { FormAlert } from "../form-alert"

/** The optional marketing consent: its own box, unticked unless the customer ticked it before. */
export function MarketingConsentForm({ given }: { given: boolean }) {
  const t = useTranslations("myData")
  const [state, action, pending] = useActionState(marketingConsentAction, { message: "" } as AccountFormState)
  return (
    <form action={action}>
      <label className="check">
        <input type="checkbox" name="marketing" value="yes" defaultChecked={given} />
        {t("consentLabel")}
      </label>
      {state.message === t("consentSaved") ? (
        <p role="status" className="form-message form-message--done">
          {state.message}
        </p>
      ) : (
        <FormAlert message={state.message} />
      )}
      <button type="submit" className="button" disabled={pending}>
        {t("consentSave")}
      </button>
    </form>
  )
}
