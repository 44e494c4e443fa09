"use client"
import type { ShopLocale } from "@mj-chauffage/shop-kernel/locale"
import { useActionState } from "react"
import { useLocale, useTranslations } from "next-intl"
import { payByCard, type PlaceOrderState } from "../actions/checkout"
import { CaptchaWidget } from "./captcha-widget"
import { ConditionsCheckbox } from "./conditions-checkbox"
import { FormAlert } from "./form-alert"

/**
 * SATIM's certification asks the pay step for: the final amount shown prominently, the conditions of
 * sale accepted, a captcha, and the CIB logo on the pay button; SATIM's card page then opens in full.
 */
export function CardPaymentForm({ conditionsVersion, amount }: { conditionsVersion: string; amount: string }) {
  const t = useTranslations("checkout")
  const locale = useLocale() as ShopLocale
  const [state, action, pending] = useActionState(payByCard, { message: "" } as PlaceOrderState)
  return (
    <form action={action} className="place-order card-payment">
      <p className="card-payment__amount">
        {t("cardAmount")} <strong>{amount}</strong>
      </p>
      <ConditionsCheckbox version={conditionsVersion} />
      <CaptchaWidget locale={locale} />
      <FormAlert message={state.message} />
      <button type="submit" className="button button--primary card-payment__button" disabled={pending}>
        <img src="/cib-edahabia.svg" alt="" width="48" height="24" />
        {t("payByCard")}
      </button>
      <p className="card-payment__help">{t("cardHelp")}</p>
    </form>
  )
}
