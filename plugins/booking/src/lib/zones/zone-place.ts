/**
 * Whether a visit's address lies in the zone it is booked in: the zone's wilayas, and when the zone
 * names only some communes, one of those (by the territory data's commune id; the shop resolves the
 * address's commune name to its id, see the create-appointment workflow's validate hook).
 */
export type ZonePlace = { wilaya_codes: unknown; commune_ids?: unknown }

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : [])

export const zoneHasWilaya = (zone: ZonePlace, wilayaCode: string): boolean => list(zone.wilaya_codes).includes(wilayaCode)

/** Null when the zone serves every commune of its wilayas. */
export const zoneCommuneIds = (zone: ZonePlace): string[] | null => (Array.isArray(zone.commune_ids) ? list(zone.commune_ids) : null)

export const OUTSIDE_ZONE_MESSAGE =
  "Cette adresse n'est pas dans la zone choisie : choisissez la zone de votre commune (GET /store/booking/zones), ou appelez-nous."
