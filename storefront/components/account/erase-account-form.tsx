"use client"
import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { eraseAccountAction } from "../../actions/my-data"
import type { AccountFormState } from "./account-form"
import { FormAlert } from "../form-alert"

/** Deleting the account: a box to tick first, then one button. */
export function EraseAccountForm() {
  const t = useTranslations("myData")
  const [state, action, pending] = useActionState(eraseAccountAction, { message: "" } as AccountFormState)
  return (
    <form action={action}>
      <label className="check">
        <input type="checkbox" name="confirm" value="yes" required />
        {t("eraseConfirm")}
      </label>
      <FormAlert message={state.message} />
      <button type="submit" className="button" disabled={pending}>
        {t("erase")}
      </button>
    </form>
  )
}
