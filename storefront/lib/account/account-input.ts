import { normalizeAlgerianPhone } from "@mj-chauffage/shop-kernel/phone"

/**
 * The account forms' fields, checked before Medusa sees them (pure). Medusa checks the password's
 * strength itself (refusal codes password_too_short…), so only presence is checked here.
 */
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]{2,}$/
const text = (read: (name: string) => unknown, name: string, max: number) => String(read(name) ?? "").trim().slice(0, max)

export type AccountInputError = "email" | "password" | "first_name" | "last_name" | "phone" | "password_repeat"

/** The e-mail of the forgotten-password form, or null when it is not one. */
export function readEmail(read: (name: string) => unknown): string | null {
  const email = text(read, "email", 200).toLowerCase()
  return EMAIL.test(email) ? email : null
}

export function readLogin(read: (name: string) => unknown) {
  const email = text(read, "email", 200).toLowerCase()
  const password = String(read("password") ?? "").slice(0, 256)
  const errors: AccountInputError[] = []
  if (!EMAIL.test(email)) errors.push("email")
  if (!password) errors.push("password")
  return { values: { email, password }, errors }
}

export function readProfile(read: (name: string) => unknown) {
  const phone = normalizeAlgerianPhone(text(read, "phone", 40))
  const values = { first_name: text(read, "first_name", 80), last_name: text(read, "last_name", 80), phone: phone ?? text(read, "phone", 40) }
  const errors: AccountInputError[] = []
  if (!values.first_name) errors.push("first_name")
  if (!values.last_name) errors.push("last_name")
  if (!phone) errors.push("phone")
  return { values, errors }
}

/** The form that finishes an account from the registration e-mail's link: the e-mail is the link's. */
export function readAccountCompletion(read: (name: string) => unknown) {
  const password = String(read("password") ?? "").slice(0, 256)
  const profile = readProfile(read)
  const errors: AccountInputError[] = [...profile.errors]
  if (!password) errors.push("password")
  else if (String(read("password_repeat") ?? "") !== password) errors.push("password_repeat")
  return { values: { ...profile.values, password }, errors }
}

export function readNewPassword(read: (name: string) => unknown) {
  const password = String(read("password") ?? "").slice(0, 256)
  const errors: AccountInputError[] = []
  if (!password) errors.push("password")
  else if (String(read("password_repeat") ?? "") !== password) errors.push("password_repeat")
  return { password, errors }
}
