"use client"
import { useActionState } from "react"
import { useLocale, useTranslations } from "next-intl"
import { payByCard, type PlaceOrderState } from "../actions/checkout"
import { CaptchaWidget } from "./captcha-widget"
import { FormAlert } from "./form-alert"

/**
 * SATIM's certification asks the pay step for: the final amount shown prominently, the conditions of
 * sale accepted, a captcha, and the CIB logo on the pay button; SATIM's card page then opens in full.
 */
export function CardPaymentForm({ conditionsVersion, amount }: { conditionsVersion: string; amount: string }) {
  const t = useTranslations("checkout")
  const locale = useLocale() as "fr" | "ar"
  const [state, action, pending] = useActionState(payByCard, { message: "" } as PlaceOrderState)
  return (
    <form action={action} className="place-order card-payment">
      <p className="card-payment__amount">
        {t("cardAmount")} <strong>{amount}</strong>
      </p>
      <input type="hidden" name="conditions_version" value={conditionsVersion} />
      <label className="check">
        <input type="checkbox" name="accept_conditions" required />
        <span>
          {t.rich("acceptConditions", {
            version: conditionsVersion,
            link: (chunks) => (
              <a href={`/${locale}/conditions-de-vente`} target="_blank" rel="noopener">
                {chunks}
              </a>
            ),
          })}
        </span>
      </label>
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
