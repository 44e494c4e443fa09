"use server"
import { getLocale, getTranslations } from "next-intl/server"
import { refresh } from "next/cache"
import type { Locale } from "../i18n/routing"
import { markCartChanged, rememberCart } from "../lib/cart/cart-cookie"
import { readQuantity, VARIANT_ID } from "../lib/cart/cart-input"
import type { MedusaCartLine } from "../lib/cart/cart-view"
import { openCart } from "../lib/cart/open-cart"
import { findProduct, shopRegionId, unitsLeft } from "../lib/medusa/catalogue"
import { medusa } from "../lib/medusa/client"
import { MedusaRefusal } from "../lib/medusa/coded-client"
import { medusaFailure } from "../lib/medusa/errors"
import { refusalText } from "../lib/medusa/refusal-text"

export type CartActionState = { status: "idle" | "done" | "error"; message: string }

/**
 * Server actions can be called from any browser with any arguments: each one reads the cart only
 * from the HttpOnly cookie (lib/cart/open-cart.ts), checks that what it touches belongs to that
 * cart or to a published product, and answers in the page's language.
 */
async function ownOpenCart(): Promise<{ id: string; lines: MedusaCartLine[] } | null> {
  const found = await openCart()
  return "cart" in found ? { id: found.cart.id, lines: found.cart.items ?? [] } : null
}

export async function addToCart(_previous: CartActionState, form: FormData): Promise<CartActionState> {
  const locale = (await getLocale()) as Locale
  const t = await getTranslations("cart")
  const variantId = String(form.get("variant_id") ?? "")
  const handle = String(form.get("handle") ?? "")
  const quantity = readQuantity(form.get("quantity"))
  if (!VARIANT_ID.test(variantId)) return { status: "error", message: t("errors.chooseVariant") }
  if (quantity === null) return { status: "error", message: t("errors.quantity") }
  const product = await findProduct(handle, locale)
  const variant = product?.variants.find((candidate) => candidate.id === variantId)
  if (!product || !variant) return { status: "error", message: t("errors.unknownProduct") }

  let cart = await ownOpenCart()
  try {
    if (!cart) {
      const { cart: created } = await medusa.store.cart.create({ region_id: await shopRegionId() }, { fields: "id" })
      await rememberCart(created.id)
      cart = { id: created.id, lines: [] }
    }
    await medusa.store.cart.createLineItem(cart.id, { variant_id: variantId, quantity }, { fields: "id" })
  } catch (error) {
    const { code } = medusaFailure(error)
    if (code !== "out_of_stock" && code !== "insufficient_stock") return { status: "error", message: await refusalText(error, t("errors.unavailable")) }
    // Medusa's stock guard decided, on live stock, and says what is left; Medusa's own check does
    // not, so then ask. Either way say it in the page's language.
    const told = error instanceof MedusaRefusal ? error.answer.available : undefined
    const left = typeof told === "number" ? told : await unitsLeft(product.id, variantId)
    if (left === 0) return { status: "error", message: t("errors.outOfStock", { title: product.title }) }
    if (left !== null) return { status: "error", message: t("errors.onlyLeft", { title: product.title, count: left }) }
    return { status: "error", message: t("errors.notEnoughStock", { title: product.title }) }
  }
  // The header's count is read from the cart on every render: refresh this page, and let no page
  // kept by the browser for Back show the old count (see markCartChanged).
  await markCartChanged()
  refresh()
  return { status: "done", message: t("added", { title: product.title, count: quantity }) }
}

export async function updateLine(_previous: CartActionState, form: FormData): Promise<CartActionState> {
  const t = await getTranslations("cart")
  const lineId = String(form.get("line_id") ?? "")
  const remove = form.get("remove") === "1"
  const quantity = remove ? 0 : readQuantity(form.get("quantity"))
  const cart = await ownOpenCart()
  const line = cart?.lines.find((candidate) => candidate.id === lineId)
  if (!cart || !line) return { status: "error", message: t("errors.lineGone") }
  if (quantity === null) return { status: "error", message: t("errors.quantity") }
  try {
    if (quantity === 0) await medusa.store.cart.deleteLineItem(cart.id, line.id)
    else await medusa.store.cart.updateLineItem(cart.id, line.id, { quantity }, { fields: "id" })
  } catch (error) {
    const { code } = medusaFailure(error)
    if (code === "out_of_stock" || code === "insufficient_stock") return { status: "error", message: t("errors.notEnoughStockShort") }
    return { status: "error", message: await refusalText(error, t("errors.unavailable")) }
  }
  await markCartChanged()
  refresh()
  return { status: "done", message: quantity === 0 ? t("removed") : t("updated") }
}
