import type { Commune } from "../territory/names"
import { readProfile } from "./account-input"

/**
 * The address form (add or edit), checked before Medusa sees it (pure): who receives, their phone, the
 * street, and a commune that really belongs to the chosen wilaya (the commune list of that wilaya is given).
 */
export type AddressInputError = "first_name" | "last_name" | "phone" | "address_1" | "commune"

export type AddressInput = {
  first_name: string
  last_name: string
  phone: string
  address_1: string
  city: string
  province: string
  postal_code?: string
}

export function readAddress(
  read: (name: string) => unknown,
  wilaya: string,
  communesOfWilaya: Commune[]
): { values: Record<string, string>; address: AddressInput | null; errors: AddressInputError[] } {
  const profile = readProfile(read)
  const address_1 = String(read("address_1") ?? "").trim().slice(0, 200)
  const communeName = String(read("commune") ?? "")
  const commune = /^\d{2}$/.test(wilaya) ? communesOfWilaya.find((candidate) => candidate.name_fr === communeName) : undefined
  const errors: AddressInputError[] = [...(profile.errors as AddressInputError[])]
  if (address_1.length < 3) errors.push("address_1")
  if (!commune) errors.push("commune")
  const values = { ...profile.values, address_1, commune: communeName }
  if (errors.length || !commune) return { values, address: null, errors }
  return {
    values,
    address: { ...profile.values, address_1, city: commune.name_fr, province: wilaya, postal_code: commune.postal_code ?? undefined },
    errors,
  }
}
