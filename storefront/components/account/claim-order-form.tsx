"use client"
import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { claimOrderAction } from "../../actions/claim-order"
import type { AccountFormState } from "./account-form"
import { FormAlert } from "../form-alert"

/** "Add this order to my account", offered to a logged-in customer who opened the order's e-mail link. */
export function ClaimOrderForm({ token }: { token: string }) {
  const t = useTranslations("account")
  const [state, action, pending] = useActionState(claimOrderAction, { message: "" } as AccountFormState)
  return (
    <section aria-labelledby="claim-order" className="review-block">
      <h2 id="claim-order">{t("claimTitle")}</h2>
      {state.done ? (
        <p role="status" className="form-message form-message--done">
          {state.message}
        </p>
      ) : (
        <form action={action}>
          <p>{t("claimText")}</p>
          <input type="hidden" name="token" value={token} />
          <FormAlert message={state.message} />
          <button type="submit" className="button button--primary" disabled={pending}>
            {t("claim")}
          </button>
        </form>
      )}
    </section>
  )
}
