"use server"
import { getTranslations } from "next-intl/server"
import { revalidatePath } from "next/cache"
import { sendBaridpayReference } from "../lib/medusa/baridpay-payment"
import { refusalText } from "../lib/medusa/refusal-text"

export type BaridpayReferenceState = { message: string; done?: boolean }

/** The BaridiMob transaction reference typed on the order page, sent for the order of its signed link. */
export async function sendBaridpayReferenceAction(_previous: BaridpayReferenceState, form: FormData): Promise<BaridpayReferenceState> {
  const t = await getTranslations("baridpay")
  const token = String(form.get("token") ?? "").slice(0, 2000)
  const reference = String(form.get("transaction_reference") ?? "").slice(0, 64)
  try {
    await sendBaridpayReference(token, reference)
  } catch (error) {
    return { message: await refusalText(error, t("unavailable")) }
  }
  revalidatePath("/[locale]/commande", "page")
  return { message: t("referenceSent"), done: true }
}
