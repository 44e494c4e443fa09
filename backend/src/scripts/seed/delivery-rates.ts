/**
 * The delivery zones and stop-desks the shop started with (they lived in code until the office could
 * edit them in Medusa Admin, settings › Livraison). Written once into an empty delivery-rates module,
 * by the seed of a new database and by a migration script for an existing one; after that, the
 * office's data is never overwritten.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { DELIVERY_RATES_MODULE } from "../../modules/delivery-rates"
import type DeliveryRatesModuleService from "../../modules/delivery-rates/service"
import { WILAYAS } from "../../lib/territory/reference"

type SeedZone = {
  handle: string
  name_fr: string
  name_ar: string
  wilayas: string[]
  home: { price: number; delay_days: number }
  stopdesk: { price: number; delay_days: number }
}

export const SEED_DELIVERY_ZONES: SeedZone[] = [
  {
    handle: "alger",
    name_fr: "Alger et environs",
    name_ar: "الجزائر العاصمة وضواحيها",
    wilayas: ["09", "16", "35", "42"],
    home: { price: 600, delay_days: 1 },
    stopdesk: { price: 400, delay_days: 1 },
  },
  {
    handle: "nord",
    name_fr: "Nord",
    name_ar: "الشمال",
    wilayas: ["02", "06", "10", "13", "15", "18", "21", "22", "23", "24", "25", "26", "27", "29", "31", "36", "41", "43", "44", "46", "48"],
    home: { price: 800, delay_days: 2 },
    stopdesk: { price: 500, delay_days: 2 },
  },
  {
    handle: "hauts-plateaux",
    name_fr: "Hauts Plateaux",
    name_ar: "الهضاب العليا",
    wilayas: ["03", "04", "05", "12", "14", "17", "19", "20", "28", "32", "34", "38", "40", "45"],
    home: { price: 900, delay_days: 3 },
    stopdesk: { price: 550, delay_days: 3 },
  },
  {
    handle: "sud",
    name_fr: "Sud",
    name_ar: "الجنوب",
    wilayas: ["01", "07", "08", "30", "39", "47", "49", "51", "52", "55", "57", "58"],
    home: { price: 1200, delay_days: 4 },
    stopdesk: { price: 800, delay_days: 4 },
  },
  {
    handle: "grand-sud",
    name_fr: "Grand Sud",
    name_ar: "الجنوب الكبير",
    wilayas: ["11", "33", "37", "50", "53", "54", "56"],
    home: { price: 1800, delay_days: 6 },
    stopdesk: { price: 1200, delay_days: 6 },
  },
]

const EXTRA_AGENCIES: Array<[wilayaCode: string, nameFr: string, nameAr: string]> = [
  ["16", "Bab Ezzouar", "باب الزوار"],
  ["16", "Chéraga", "الشراقة"],
  ["16", "Hussein Dey", "حسين داي"],
  ["31", "Es Senia", "السانية"],
  ["25", "Ali Mendjeli", "علي منجلي"],
  ["19", "El Eulma", "العلمة"],
  ["09", "Boufarik", "بوفاريك"],
]

/** The carrier's agency in each chef-lieu of the 58 wilayas, plus the extra agencies of the largest cities; ids as orders recorded them. */
export const SEED_STOP_DESKS = [
  ...WILAYAS.filter((wilaya) => !wilaya.valid_from).map((wilaya) => ({
    id: `sd-${wilaya.code}-1`,
    wilaya_code: wilaya.code,
    name_fr: `Agence ${wilaya.name_fr} centre`,
    name_ar: `وكالة ${wilaya.name_ar} المركز`,
  })),
  ...EXTRA_AGENCIES.map(([wilayaCode, nameFr, nameAr], index) => ({
    id: `sd-${wilayaCode}-${index + 2}`,
    wilaya_code: wilayaCode,
    name_fr: `Agence ${nameFr}`,
    name_ar: `وكالة ${nameAr}`,
  })),
]

/** Fills an empty module with the values above; returns what it created (nothing when the office already has data). */
export async function ensureDeliveryRates(container: MedusaContainer): Promise<{ zones: number; stopDesks: number }> {
  const rates = container.resolve<DeliveryRatesModuleService>(DELIVERY_RATES_MODULE)
  let zones = 0
  let stopDesks = 0
  if (!(await rates.listDeliveryZones({}, { select: ["id"], take: 1 })).length) {
    const created = await rates.createDeliveryZones(
      SEED_DELIVERY_ZONES.map((zone, rank) => ({
        handle: zone.handle,
        name_fr: zone.name_fr,
        name_ar: zone.name_ar,
        home_price: zone.home.price,
        home_delay_days: zone.home.delay_days,
        stopdesk_price: zone.stopdesk.price,
        stopdesk_delay_days: zone.stopdesk.delay_days,
        rank,
      }))
    )
    const idOf = new Map(created.map((zone) => [zone.handle, zone.id]))
    await rates.createDeliveryZoneWilayas(SEED_DELIVERY_ZONES.flatMap((zone) => zone.wilayas.map((wilaya_code) => ({ wilaya_code, zone_id: idOf.get(zone.handle)! }))))
    zones = created.length
  }
  if (!(await rates.listStopDesks({}, { select: ["id"], take: 1 })).length) {
    stopDesks = (await rates.createStopDesks(SEED_STOP_DESKS)).length
  }
  return { zones, stopDesks }
}
