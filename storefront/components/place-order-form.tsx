"use client"
import { useActionState } from "react"
import { FormAlert } from "./form-alert"
import { useLocale, useTranslations } from "next-intl"
import { placeOrder, type PlaceOrderState } from "../actions/checkout"

/** Loi 18-05's last step: the customer accepts the conditions of sale, then confirms. */
export function PlaceOrderForm({ conditionsVersion }: { conditionsVersion: string }) {
  const t = useTranslations("checkout")
  const locale = useLocale()
  const [state, action, pending] = useActionState(placeOrder, { message: "" } as PlaceOrderState)
  return (
    <form action={action} className="place-order">
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
      <FormAlert message={state.message} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {t("placeOrder")}
      </button>
    </form>
  )
}
