"use client"
import { useActionState } from "react"
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
      {state.message ? (
        <p role="alert" className="form-message form-message--error">
          {state.message}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" disabled={pending}>
        {t("placeOrder")}
      </button>
    </form>
  )
}
