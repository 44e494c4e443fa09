"use client"
import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { placeOrder, type PlaceOrderState } from "../actions/checkout"
import { Link } from "../i18n/navigation"

/** Loi 18-05's last step: the customer accepts the conditions of sale, then confirms. */
export function PlaceOrderForm({ conditionsVersion }: { conditionsVersion: string }) {
  const t = useTranslations("checkout")
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
              <Link href="/conditions-de-vente" target="_blank">
                {chunks}
              </Link>
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
