"use server"
import { getTranslations } from "next-intl/server"
import { refresh } from "next/cache"
import type { AccountFormState } from "../components/account/account-form"
import { nextDefaultAfterDeleting } from "../lib/account/address-book"
import { readAddress } from "../lib/account/address-input"
import { addAddress, currentCustomer, deleteAddress, setDefaultAddress, updateAddress, type NewAddress } from "../lib/medusa/account"
import { isNotFound } from "../lib/medusa/errors"
import { refusalText } from "../lib/medusa/refusal-text"
import { listCommunes } from "../lib/medusa/territory"

/**
 * The address book's changes. Each action re-reads the session's customer; the address ids go to
 * Medusa's /store/customers/me/addresses/:id, which only finds the token's own customer's addresses.
 */

/** Checks the form (a real commune of the chosen wilaya); the problems by field, or the address. */
async function checkedAddress(form: FormData): Promise<{ refused: AccountFormState } | { address: NewAddress; values: Record<string, string> }> {
  const t = await getTranslations("addresses")
  const wilaya = String(form.get("wilaya") ?? "")
  const { values, address, errors } = readAddress((name) => form.get(name), wilaya, /^\d{2}$/.test(wilaya) ? await listCommunes(wilaya) : [])
  if (!address) {
    const problems = Object.fromEntries(errors.map((name) => [name, t(`fieldErrors.${name}`)]))
    return { refused: { message: t("fixFields"), errors: problems, values } }
  }
  return { address, values }
}

/** Adds an address to the logged-in customer's book (the first one becomes the default). */
export async function addAddressAction(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const t = await getTranslations("addresses")
  const customer = await currentCustomer()
  if (!customer) return { message: t("loggedOut") }
  const checked = await checkedAddress(form)
  if ("refused" in checked) return checked.refused
  try {
    await addAddress(checked.address, !customer.addresses?.length)
  } catch (error) {
    return { message: await refusalText(error, t("unavailable")), values: checked.values }
  }
  refresh()
  return { message: t("added"), done: true }
}

/** Changes one of the logged-in customer's addresses (same fields as adding one). */
export async function updateAddressAction(_previous: AccountFormState, form: FormData): Promise<AccountFormState> {
  const t = await getTranslations("addresses")
  if (!(await currentCustomer())) return { message: t("loggedOut") }
  const checked = await checkedAddress(form)
  if ("refused" in checked) return checked.refused
  try {
    await updateAddress(String(form.get("id") ?? ""), checked.address)
  } catch (error) {
    if (isNotFound(error)) return { message: t("notYours") }
    return { message: await refusalText(error, t("unavailable")), values: checked.values }
  }
  refresh()
  return { message: t("updated"), done: true }
}

/** Makes one of the logged-in customer's addresses the default for deliveries and visits. */
export async function setDefaultAddressAction(form: FormData): Promise<void> {
  if (!(await currentCustomer())) return
  await setDefaultAddress(String(form.get("id") ?? "")).catch(ignoreNotFound)
  refresh()
}

/** Deletes an address; when it was the default, the next one takes over. */
export async function deleteAddressAction(form: FormData): Promise<void> {
  const customer = await currentCustomer()
  if (!customer) return
  const id = String(form.get("id") ?? "")
  await deleteAddress(id).catch(ignoreNotFound)
  const next = nextDefaultAfterDeleting(customer.addresses, id)
  if (next) await setDefaultAddress(next.id).catch(ignoreNotFound)
  refresh()
}

/** Someone else's address, or one already deleted (another tab): nothing to do. */
function ignoreNotFound(error: unknown): void {
  if (!isNotFound(error)) throw error
}
