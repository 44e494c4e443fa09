/**
 * Whether an address names a real place: its province is the exact code of a wilaya in effect on
 * that day ("16", not "16 " or "016" or "99"), and its city one of that wilaya's communes (by its
 * French or Arabic name, as the storefront's list gives them). An address still being filled in may
 * leave both out; a complete one (at order time) must have both.
 */
import type { RefusalCode } from "@mj-chauffage/shop-kernel/refusals"
import { communesInEffect, findWilaya } from "./reference"

export type AddressPlace = { province?: string | null; city?: string | null } | null | undefined

export type PlaceProblem = Extract<RefusalCode, "unknown_wilaya" | "unknown_commune" | "place_missing">

const sameName = (a: string, b: string) => a.trim().localeCompare(b.trim(), "fr", { sensitivity: "accent" }) === 0

/** The commune of a wilaya named `name` (French or Arabic, any case), as the territory data has it. */
export const findCommune = (wilayaCode: string, name: string, now?: Date) =>
  communesInEffect(wilayaCode, now).find((commune) => sameName(commune.name_fr, name) || sameName(commune.name_ar, name))

export function addressPlaceProblem(address: AddressPlace, options: { complete?: boolean; now?: Date } = {}): PlaceProblem | null {
  const province = address?.province ?? ""
  const city = address?.city ?? ""
  if (!province && !city) return options.complete ? "place_missing" : null
  if (!province || !findWilaya(province, options.now)) return "unknown_wilaya"
  if (!city) return options.complete ? "place_missing" : null
  return findCommune(province, city, options.now) ? null : "unknown_commune"
}

/** In words a customer can act on (French: the storefront translates the code). */
export const PLACE_PROBLEM_MESSAGES: Record<PlaceProblem, string> = {
  unknown_wilaya: "La wilaya de l'adresse doit être le code à deux chiffres d'une wilaya (par exemple 16 pour Alger).",
  unknown_commune: "La commune de l'adresse n'appartient pas à cette wilaya : choisissez-la dans la liste des communes de la wilaya.",
  place_missing: "Indiquez la wilaya et la commune de l'adresse.",
}
