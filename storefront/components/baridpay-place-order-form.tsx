"use client"
import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { placeBaridpayOrder, type PlaceOrderState } from "../actions/checkout"
import { ConditionsCheckbox } from "./conditions-checkbox"
import { FormAlert } from "./form-alert"

/** BaridPay: the amount, the conditions of sale, then the order is placed and its page tells how to pay. */
export function BaridpayPlaceOrderForm({ conditionsVersion, amount }: { conditionsVersion: string; amount: string }) {
  const t = useTranslations("checkout")
  const [state, action, pending] = useActionState(placeBaridpayOrder, { message: "" } as PlaceOrderState)
  return (
    <form action={action} className="place-order">
      <p className="card-payment__amount">
        {t("baridpayAmount")} <strong>{amount}</strong>
      </p>
      <ConditionsCheckbox version={conditionsVersion} />
      <FormAlert message={state.message} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {t("placeBaridpayOrder")}
      </button>
    </form>
  )
}
