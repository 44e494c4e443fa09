"use server"
import { getLocale, getTranslations } from "next-intl/server"
import { redirect } from "next/navigation"
import type { AccountFormState } from "../components/account/account-form"
import type { Locale } from "../i18n/routing"
import { endSession } from "../lib/account/session"
import { currentCustomer, eraseAccount, setMarketingConsent } from "../lib/medusa/account"
import { refusalText } from "../lib/medusa/refusal-text"

/** Records the customer's marketing choice (a separate, unticked box) with today's date. */
export async function marketingConsentAction(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const t = await getTranslations("myData")
  if (!(await currentCustomer())) return { message: t("loggedOut") }
  try {
    await setMarketingConsent(form.get("marketing") === "yes")
  } catch (error) {
    return { message: await refusalText(error, t("unavailable")) }
  }
  return { message: t("consentSaved") }
}

/** Deletes the account once the customer has ticked that they understand; then the session ends here too. */
export async function eraseAccountAction(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const locale = (await getLocale()) as Locale
  const t = await getTranslations("myData")
  if (form.get("confirm") !== "yes") return { message: t("confirmFirst") }
  if (!(await currentCustomer())) return { message: t("loggedOut") }
  try {
    await eraseAccount()
  } catch (error) {
    return { message: await refusalText(error, t("unavailable")) }
  }
  await endSession()
  redirect(`/${locale}/compte/supprime`)
}
