"use server"
import { ltrIsolate } from "@mj-chauffage/shop-kernel/locale"
import { getLocale, getTranslations } from "next-intl/server"
import { headers } from "next/headers"
import { redirect } from "next/navigation"
import type { AccountFormState } from "../components/account/account-form"
import type { Locale } from "../i18n/routing"
import { readAccountCompletion, readEmail, readLogin, readNewPassword, readProfile, type AccountInputError } from "../lib/account/account-input"
import { endSession, sessionToken, startSession } from "../lib/account/session"
import { safeReturnPath } from "../lib/account/return-path"
import {
  completeRegistration,
  currentCustomer,
  logIn,
  logOutEverywhere,
  requestAccount,
  requestPasswordReset,
  setNewPassword,
  updateProfile,
} from "../lib/medusa/account"
import { medusaFailure } from "../lib/medusa/errors"
import { refusalText, refusalWords } from "../lib/medusa/refusal-text"
import { shopperAddress } from "../lib/security/shopper-address"

type T = Awaited<ReturnType<typeof getTranslations<"account">>>

const shopper = async () => shopperAddress((await headers()).get("x-forwarded-for"))
const read = (form: FormData) => (name: string) => form.get(name)
/** A login refused for its e-mail or password (one code for both, so nothing says which). */
const wrongCredentials = (error: unknown) => medusaFailure(error).code === "wrong_credentials"

function fieldErrors(t: T, errors: AccountInputError[], values: Record<string, string>): AccountFormState {
  const { password: _password, ...kept } = values
  return { message: t("errors.fixFields"), errors: Object.fromEntries(errors.map((name) => [name, t(`fieldErrors.${name}`)])), values: kept }
}

export async function logInAction(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const locale = (await getLocale()) as Locale
  const t = await getTranslations("account")
  const { values, errors } = readLogin(read(form))
  if (errors.length) return fieldErrors(t, errors, values)
  try {
    await startSession(await logIn(values.email, values.password, await shopper()))
  } catch (error) {
    // Wrong e-mail or wrong password: one code, one answer for both (wrong_credentials).
    const message = await refusalText(error, t("errors.unavailable"))
    return { message, values: { email: values.email } }
  }
  redirect(safeReturnPath(String(form.get("retour") ?? ""), locale))
}

/** Registration, first step: the address alone. The answer is the same whether or not it has an account. */
export async function requestAccountAction(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const locale = (await getLocale()) as Locale
  const t = await getTranslations("account")
  const email = readEmail(read(form))
  if (!email) return fieldErrors(t, ["email"], { email: String(form.get("email") ?? "").slice(0, 200) })
  try {
    await requestAccount(email, locale, await shopper())
  } catch (error) {
    return { message: await refusalText(error, t("errors.unavailable")), values: { email } }
  }
  return { message: t("registrationSent", { email: ltrIsolate(email) }), done: true }
}

/** Registration, second step (the e-mailed link's page): name, phone, password; then logged in. */
export async function completeAccountAction(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const locale = (await getLocale()) as Locale
  const t = await getTranslations("account")
  const token = String(form.get("jeton") ?? "")
  const { values, errors } = readAccountCompletion(read(form))
  if (errors.length) return fieldErrors(t, errors, values)
  const { password: _password, ...kept } = values
  try {
    await startSession(await completeRegistration(token, values, await shopper()))
  } catch (error) {
    // The address has a login already and this is not its password: say so, from its code.
    const message = wrongCredentials(error) ? await refusalWords("account_exists") : await refusalText(error, t("errors.unavailable"))
    return { message, values: kept }
  }
  redirect(`/${locale}/compte`)
}

export async function logOutAction(): Promise<void> {
  const locale = (await getLocale()) as Locale
  await logOutEverywhere()
  await endSession()
  redirect(`/${locale}`)
}

export async function forgotPasswordAction(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const locale = (await getLocale()) as Locale
  const t = await getTranslations("account")
  const email = readEmail(read(form))
  if (!email) return fieldErrors(t, ["email"], { email: String(form.get("email") ?? "").slice(0, 200) })
  try {
    await requestPasswordReset(email, locale, await shopper())
  } catch (error) {
    return { message: await refusalText(error, t("errors.unavailable")), values: { email } }
  }
  // The same words whether or not the e-mail has an account.
  return { message: t("resetSent"), done: true }
}

export async function newPasswordAction(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const t = await getTranslations("account")
  const token = String(form.get("token") ?? "")
  const { password, errors } = readNewPassword(read(form))
  if (errors.length) return fieldErrors(t, errors, {})
  try {
    await setNewPassword(token, password)
  } catch (error) {
    return { message: medusaFailure(error).status === 401 ? t("errors.resetLinkUsed") : await refusalText(error, t("errors.unavailable")) }
  }
  // Every session of the account has ended with the change, this browser's too.
  await endSession()
  return { message: t("passwordChanged"), done: true }
}

export async function profileAction(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const t = await getTranslations("account")
  if (!(await sessionToken()) || !(await currentCustomer())) return { message: t("errors.loggedOut") }
  const { values, errors } = readProfile(read(form))
  if (errors.length) return fieldErrors(t, errors, values)
  try {
    await updateProfile(values)
  } catch (error) {
    return { message: await refusalText(error, t("errors.unavailable")), values }
  }
  return { message: t("profileSaved"), values }
}
