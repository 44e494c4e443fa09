"use client"
import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { payWithChargily, type PlaceOrderState } from "../actions/checkout"
import { ConditionsCheckbox } from "./conditions-checkbox"
import { FormAlert } from "./form-alert"

/** Chargily Pay: the amount, the conditions of sale, the card (Edahabia or CIB), then Chargily's page opens in full. */
export function ChargilyPaymentForm({ conditionsVersion, amount }: { conditionsVersion: string; amount: string }) {
  const t = useTranslations("checkout")
  const [state, action, pending] = useActionState(payWithChargily, { message: "" } as PlaceOrderState)
  return (
    <form action={action} className="place-order card-payment">
      <p className="card-payment__amount">
        {t("cardAmount")} <strong>{amount}</strong>
      </p>
      <fieldset>
        <legend>{t("chargilyCardLegend")}</legend>
        <label>
          <input type="radio" name="chargily_method" value="edahabia" defaultChecked /> Edahabia
        </label>{" "}
        <label>
          <input type="radio" name="chargily_method" value="cib" /> CIB
        </label>
      </fieldset>
      <ConditionsCheckbox version={conditionsVersion} />
      <FormAlert message={state.message} />
      <button type="submit" className="button button--primary card-payment__button" disabled={pending}>
        <img src="/cib-edahabia.svg" alt="" width="48" height="24" />
        {t("payWithChargily")}
      </button>
      <p className="card-payment__help">{t("chargilyHelp")}</p>
    </form>
  )
}
