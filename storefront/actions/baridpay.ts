"use server"
import { getTranslations } from "next-intl/server"
import { revalidatePath } from "next/cache"
import { sendBaridpayReference, type BaridpayOrderRef } from "../lib/medusa/baridpay-payment"
import { refusalText } from "../lib/medusa/refusal-text"

export type BaridpayReferenceState = { message: string; done?: boolean }

/**
 * The BaridiMob transaction reference typed on an order page: for the order of its signed link (the
 * guest's page), or for one of the logged-in customer's orders (the account's page; Medusa checks it is theirs).
 */
export async function sendBaridpayReferenceAction(_previous: BaridpayReferenceState, form: FormData): Promise<BaridpayReferenceState> {
  const t = await getTranslations("baridpay")
  const orderId = form.get("order_id")
  const order: BaridpayOrderRef = typeof orderId === "string" && orderId ? { orderId: orderId.slice(0, 64) } : { token: String(form.get("token") ?? "").slice(0, 2000) }
  const reference = String(form.get("transaction_reference") ?? "").slice(0, 64)
  try {
    await sendBaridpayReference(order, reference)
  } catch (error) {
    return { message: await refusalText(error, t("unavailable")) }
  }
  revalidatePath("token" in order ? "/[locale]/commande" : "/[locale]/compte/commandes/[id]", "page")
  return { message: t("referenceSent"), done: true }
}
