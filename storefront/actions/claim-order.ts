"use server"
import { getTranslations } from "next-intl/server"
import type { AccountFormState } from "../components/account/account-form"
import { claimGuestOrder, currentCustomer } from "../lib/medusa/account"
import { refusalText } from "../lib/medusa/refusal-text"

/** Adds the order of a signed link to the logged-in customer's account (Medusa checks the link and the owner). */
export async function claimOrderAction(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const t = await getTranslations("account")
  if (!(await currentCustomer())) return { message: t("errors.loggedOut") }
  try {
    await claimGuestOrder(String(form.get("token") ?? "").slice(0, 2000))
  } catch (error) {
    return { message: await refusalText(error, t("errors.unavailable")) }
  }
  return { message: t("claimed"), done: true }
}
