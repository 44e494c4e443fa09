/**
 * Whether a repair-visit zone names real places: each wilaya code is a wilaya in effect, and each
 * commune id (when the zone is limited to some communes) a commune in effect of one of the zone's
 * wilayas. The office picks them in Medusa Admin from the same data.
 */
import type { RefusalCode } from "@mj-chauffage/shop-kernel/refusals"
import { COMMUNES, findWilaya } from "./reference"
import { inEffect } from "./divisions"
import { algiersDate } from "@mj-chauffage/shop-kernel/time"

export type ZoneTerritory = { wilaya_codes: string[]; commune_ids: string[] | null }

export type ZoneTerritoryProblem = { code: Extract<RefusalCode, "unknown_wilaya" | "unknown_commune">; message: string }

export function zoneTerritoryProblem(zone: ZoneTerritory, now: Date = new Date()): ZoneTerritoryProblem | null {
  const unknownWilayas = zone.wilaya_codes.filter((code) => !findWilaya(code, now))
  if (unknownWilayas.length) {
    return { code: "unknown_wilaya", message: `Wilaya inconnue : ${unknownWilayas.join(", ")} (codes à deux chiffres, 16 pour Alger).` }
  }
  const today = algiersDate(now)
  const outside = (zone.commune_ids ?? []).filter(
    (id) => !COMMUNES.some((commune) => commune.id === id && zone.wilaya_codes.includes(commune.wilaya_code) && inEffect(commune, today))
  )
  if (outside.length) {
    return { code: "unknown_commune", message: `Commune inconnue ou hors des wilayas de la zone : ${outside.join(", ")}.` }
  }
  return null
}
