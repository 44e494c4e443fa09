/**
 * Whether a change the office makes to the delivery settings names real things: a wilaya moved to a
 * zone is listed once and exists (today or from a dated change of the territory, so the wilayas of
 * 2027 can be given a zone before they exist), its zone exists; a stop-desk's commune is one of its
 * wilaya's. Pure: the caller passes the zones it read.
 */
import type { RefusalCode } from "@mj-chauffage/shop-kernel/refusals"
import { COMMUNES, WILAYAS } from "../territory/reference"

export type WilayaAssignment = { wilaya_code: string; zone_id: string | null }

export type RateChangeProblem = {
  code: Extract<RefusalCode, "delivery_wilaya_twice" | "unknown_wilaya" | "unknown_commune" | "delivery_zone_not_found">
  message: string
}

const isWilaya = (code: string) => WILAYAS.some((wilaya) => wilaya.code === code)

export function wilayaAssignmentProblem(assignments: readonly WilayaAssignment[], zoneIds: ReadonlySet<string>): RateChangeProblem | null {
  const seen = new Set<string>()
  const twice = assignments.filter(({ wilaya_code }) => seen.has(wilaya_code) || !seen.add(wilaya_code)).map(({ wilaya_code }) => wilaya_code)
  if (twice.length) {
    return { code: "delivery_wilaya_twice", message: `Wilaya citée deux fois : ${[...new Set(twice)].join(", ")}. Chaque wilaya appartient à une seule zone.` }
  }
  const unknown = assignments.filter(({ wilaya_code }) => !isWilaya(wilaya_code)).map(({ wilaya_code }) => wilaya_code)
  if (unknown.length) return { code: "unknown_wilaya", message: `Wilaya inconnue : ${unknown.join(", ")} (codes à deux chiffres, 16 pour Alger).` }
  const missing = assignments.filter(({ zone_id }) => zone_id !== null && !zoneIds.has(zone_id)).map(({ zone_id }) => zone_id)
  if (missing.length) return { code: "delivery_zone_not_found", message: `Zone de livraison introuvable : ${[...new Set(missing)].join(", ")}.` }
  return null
}

/** A stop-desk's place: a wilaya (of any date) and, when given, one of its communes by French or Arabic name. */
export function stopDeskPlaceProblem(place: { wilaya_code: string; commune?: string | null }): RateChangeProblem | null {
  if (!isWilaya(place.wilaya_code)) return { code: "unknown_wilaya", message: `Wilaya inconnue : ${place.wilaya_code} (codes à deux chiffres, 16 pour Alger).` }
  if (place.commune && !COMMUNES.some((commune) => commune.wilaya_code === place.wilaya_code && (commune.name_fr === place.commune || commune.name_ar === place.commune))) {
    return { code: "unknown_commune", message: `« ${place.commune} » n'est pas une commune de la wilaya ${place.wilaya_code} : choisissez-la dans la liste.` }
  }
  return null
}
