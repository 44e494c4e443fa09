"use server"
import { getTranslations } from "next-intl/server"
import { refresh } from "next/cache"
import type { AccountFormState } from "../components/account/account-form"
import { readProfile } from "../lib/account/account-input"
import { addAddress, currentCustomer, deleteAddress } from "../lib/medusa/account"
import { refusalText } from "../lib/medusa/refusal-text"
import { listCommunes } from "../lib/medusa/territory"

/** Adds an address (a real commune of the chosen wilaya) to the logged-in customer's book. */
export async function addAddressAction(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const t = await getTranslations("addresses")
  const customer = await currentCustomer()
  if (!customer) return { message: t("loggedOut") }
  const { values, errors } = readProfile((name) => form.get(name))
  const address_1 = String(form.get("address_1") ?? "").trim().slice(0, 200)
  const wilaya = String(form.get("wilaya") ?? "")
  const communeName = String(form.get("commune") ?? "")
  const commune = /^\d{2}$/.test(wilaya) ? (await listCommunes(wilaya)).find((candidate) => candidate.name_fr === communeName) : undefined
  const problems: Record<string, string> = Object.fromEntries(errors.map((name) => [name, t(`fieldErrors.${name}`)]))
  if (address_1.length < 3) problems.address_1 = t("fieldErrors.address_1")
  if (!commune) problems.commune = t("fieldErrors.commune")
  const kept = { ...values, address_1 }
  if (Object.keys(problems).length) return { message: t("fixFields"), errors: problems, values: kept }
  try {
    await addAddress(
      { ...values, address_1, city: commune!.name_fr, province: wilaya, postal_code: commune!.postal_code ?? undefined },
      !customer.addresses?.length
    )
  } catch (error) {
    return { message: await refusalText(error, t("unavailable")), values: kept }
  }
  refresh()
  return { message: t("added"), done: true }
}

export async function deleteAddressAction(form: FormData): Promise<void> {
  if (!(await currentCustomer())) return
  await deleteAddress(String(form.get("id") ?? ""))
  refresh()
}
