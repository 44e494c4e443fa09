"use client"
import { useActionState } from "react"
import { MAX_LINE_QUANTITY } from "../lib/cart/cart-input"
import { useTranslations } from "next-intl"
import { updateLine, type CartActionState } from "../actions/cart"

const INITIAL: CartActionState = { status: "idle", message: "" }

/** Quantity change and removal of one cart line. */
export function CartLineForm({ lineId, quantity, title }: { lineId: string; quantity: number; title: string }) {
  const t = useTranslations("cart")
  const [state, action, pending] = useActionState(updateLine, INITIAL)
  return (
    <form action={action} className="cart-line-form">
      <input type="hidden" name="line_id" value={lineId} />
      <label>
        <span className="visually-hidden">{t("quantityOf", { title })}</span>
        <input type="number" name="quantity" min={1} max={MAX_LINE_QUANTITY} defaultValue={quantity} inputMode="numeric" aria-label={t("quantityOf", { title })} />
      </label>
      <button type="submit" className="button" disabled={pending}>
        {t("update")}
      </button>
      <button type="submit" name="remove" value="1" className="button button--link" disabled={pending} aria-label={t("removeItem", { title })}>
        {t("remove")}
      </button>
      {state.message ? (
        <p role="status" className={`form-message form-message--${state.status}`}>
          {state.message}
        </p>
      ) : null}
    </form>
  )
}
