"use client"
import type { ShopLocale } from "@mj-chauffage/shop-kernel/locale"
import { useActionState } from "react"
import { useLocale, useTranslations } from "next-intl"
import { payWithChargily, type PlaceOrderState } from "../actions/checkout"
import { CaptchaWidget } from "./captcha-widget"
import { ConditionsCheckbox } from "./conditions-checkbox"
import { FormAlert } from "./form-alert"

/**
 * Chargily Pay: the amount, the card (Edahabia or CIB), the conditions of sale and the captcha (the
 * same guard as SATIM's card page: each opening is a place to try stolen cards), then Chargily's page opens in full.
 */
export function ChargilyPaymentForm({ conditionsVersion, amount }: { conditionsVersion: string; amount: string }) {
  const t = useTranslations("checkout")
  const locale = useLocale() as ShopLocale
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
      <CaptchaWidget locale={locale} />
      <FormAlert message={state.message} />
      <button type="submit" className="button button--primary card-payment__button" disabled={pending}>
        <img src="/cib-edahabia.svg" alt="" width="48" height="24" />
        {t("payWithChargily")}
      </button>
      <p className="card-payment__help">{t("chargilyHelp")}</p>
    </form>
  )
}
