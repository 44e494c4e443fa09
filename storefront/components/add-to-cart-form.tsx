"use client"
import { useActionState } from "react"
import { MAX_LINE_QUANTITY } from "../lib/cart/cart-input"
import { useTranslations } from "next-intl"
import { useParams } from "next/navigation"
import { addToCart, type CartActionState } from "../actions/cart"
import type { StockState } from "../lib/catalogue/stock-state"

type VariantChoice = { id: string; title: string; titleIsFrench: boolean; stock: StockState; available: number | null; price: number | null }

const INITIAL: CartActionState = { status: "idle", message: "" }

export function AddToCartForm({ optionTitle, variants }: { optionTitle: string | null; variants: VariantChoice[] }) {
  const t = useTranslations("product")
  const { handle } = useParams<{ handle: string }>()
  const [state, action, pending] = useActionState(addToCart, INITIAL)
  const buyable = variants.filter((variant) => variant.stock !== "out_of_stock")
  const single = variants.length === 1
  return (
    <form action={action} className="add-to-cart">
      <input type="hidden" name="handle" value={handle} />
      {single ? (
        <input type="hidden" name="variant_id" value={variants[0].id} />
      ) : (
        <fieldset>
          <legend>{optionTitle ?? t("version")}</legend>
          {variants.map((variant, index) => (
            <label key={variant.id} className="check">
              <input
                type="radio"
                name="variant_id"
                value={variant.id}
                defaultChecked={variant.id === (buyable[0] ?? variants[0]).id || (!buyable.length && index === 0)}
              />
              <span lang={variant.titleIsFrench ? "fr" : undefined}>{variant.title}</span>
              {variant.stock === "out_of_stock" ? <span className="muted"> — {t("variantOut")}</span> : null}
            </label>
          ))}
        </fieldset>
      )}
      <label>
        {t("quantity")}
        <input type="number" name="quantity" min={1} max={MAX_LINE_QUANTITY} defaultValue={1} inputMode="numeric" required />
      </label>
      <button type="submit" className="button button--primary" disabled={pending || !buyable.length}>
        {buyable.length ? t("addToCart") : t("unavailable")}
      </button>
      <p role="status" aria-live="polite" className={`form-message form-message--${state.status}`}>
        {state.message}
      </p>
    </form>
  )
}
