"use client"
import { useActionState } from "react"
import { ConditionsCheckbox } from "./conditions-checkbox"
import { FormAlert } from "./form-alert"
import { useTranslations } from "next-intl"
import { placeOrder, type PlaceOrderState } from "../actions/checkout"

/** Loi 18-05's last step: the customer accepts the conditions of sale, then confirms. */
export function PlaceOrderForm({ conditionsVersion }: { conditionsVersion: string }) {
  const t = useTranslations("checkout")
  const [state, action, pending] = useActionState(placeOrder, { message: "" } as PlaceOrderState)
  return (
    <form action={action} className="place-order">
      <ConditionsCheckbox version={conditionsVersion} />
      <FormAlert message={state.message} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {t("placeOrder")}
      </button>
    </form>
  )
}
