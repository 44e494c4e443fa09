/**
 * The booking zone that serves a commune: one listing its wilaya, and the commune too when the zone
 * is limited to some communes. The office keeps zones apart; if two match, the first (by handle) wins.
 */
export type BookingZone = { id: string; handle: string; name_fr: string; name_ar: string; wilaya_codes: string[]; commune_ids: string[] | null }

export function zoneForPlace(zones: BookingZone[], wilaya: string, communeId: string | undefined): BookingZone | null {
  return (
    zones.find(
      (zone) => zone.wilaya_codes.includes(wilaya) && (!zone.commune_ids?.length || (communeId !== undefined && zone.commune_ids.includes(communeId)))
    ) ?? null
  )
}

/** The wilayas where at least one zone takes visits (the only ones worth offering). */
export const servedWilayas = (zones: BookingZone[]) => new Set(zones.flatMap((zone) => zone.wilaya_codes))
