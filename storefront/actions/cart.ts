"use server"
import { getLocale, getTranslations } from "next-intl/server"
import { revalidatePath } from "next/cache"
import type { Locale } from "../i18n/routing"
import { forgetCart, rememberCart } from "../lib/cart/cart-cookie"
import { readQuantity, VARIANT_ID } from "../lib/cart/cart-input"
import { findProduct, shopRegionId } from "../lib/medusa/catalogue"
import { currentMedusaCart } from "../lib/medusa/cart"
import { medusa } from "../lib/medusa/client"
import { medusaFailure } from "../lib/medusa/errors"

export type CartActionState = { status: "idle" | "done" | "error"; message: string }

/**
 * Server actions can be called from any browser with any arguments: each one reads the cart only
 * from the HttpOnly cookie, checks that what it touches belongs to that cart or to a published
 * product, and answers in the page's language.
 */
async function ownOpenCart(): Promise<{ id: string; lines: { id: string; variant_id: string | null; quantity: number }[] } | null> {
  const cart = (await currentMedusaCart()) as unknown as
    | { id: string; completed_at?: string | null; items?: { id: string; variant_id: string | null; quantity: number }[] }
    | null
  if (!cart) return null
  if (cart.completed_at) {
    await forgetCart()
    return null
  }
  return { id: cart.id, lines: cart.items ?? [] }
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
  const inCart = cart?.lines.filter((line) => line.variant_id === variantId).reduce((sum, line) => sum + line.quantity, 0) ?? 0
  if (variant.available !== null && inCart + quantity > variant.available) {
    return {
      status: "error",
      message: variant.available === 0
        ? t("errors.outOfStock", { title: product.title })
        : t("errors.onlyLeft", { title: product.title, count: variant.available }),
    }
  }
  try {
    if (!cart) {
      const { cart: created } = await medusa.store.cart.create({ region_id: await shopRegionId() }, { fields: "id" })
      await rememberCart(created.id)
      cart = { id: created.id, lines: [] }
    }
    await medusa.store.cart.createLineItem(cart.id, { variant_id: variantId, quantity }, { fields: "id" })
  } catch (error) {
    const { status } = medusaFailure(error)
    return { status: "error", message: status === 400 ? t("errors.notEnoughStock", { title: product.title }) : t("errors.unavailable") }
  }
  revalidatePath(`/${locale}`, "layout")
  return { status: "done", message: t("added", { title: product.title, count: quantity }) }
}

export async function updateLine(_previous: CartActionState, form: FormData): Promise<CartActionState> {
  const locale = (await getLocale()) as Locale
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
    const { status } = medusaFailure(error)
    return { status: "error", message: status === 400 ? t("errors.notEnoughStockShort") : t("errors.unavailable") }
  }
  revalidatePath(`/${locale}`, "layout")
  return { status: "done", message: quantity === 0 ? t("removed") : t("updated") }
}
