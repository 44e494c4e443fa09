/**
 * Repair visits: zones around Algiers, the faults customers report, four technicians with their
 * weekly hours (Sunday to Thursday), and the company's closures (the fixed public holidays of 2027
 * and 2028). Created only when missing.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { fixedPublicHolidays } from "@mj-chauffage/booking/lib/holidays/fixed-holidays"
import { DEFAULT_WEEKLY_HOURS } from "@mj-chauffage/booking/lib/office/weekly-hours"
import { SEEDED_TECHNICIANS } from "./technicians"

type BookingService = {
  listBookingZones(filters: object): Promise<Array<{ id: string; handle: string }>>
  createBookingZones(data: object[]): Promise<Array<{ id: string; handle: string }>>
  listFaultTypes(filters: object): Promise<Array<{ handle: string }>>
  createFaultTypes(data: object[]): Promise<unknown>
  listTechnicians(filters: object): Promise<Array<{ name: string }>>
  createTechnicians(data: object[]): Promise<unknown>
  listBookingClosures(filters: object): Promise<Array<{ date: string }>>
  createBookingClosures(data: object[]): Promise<unknown>
}

const ZONES = [
  { handle: "alger", name_fr: "Alger", name_ar: "الجزائر", wilaya_codes: ["16"] },
  { handle: "blida-tipaza", name_fr: "Blida et Tipaza", name_ar: "البليدة وتيبازة", wilaya_codes: ["09", "42"] },
  { handle: "boumerdes", name_fr: "Boumerdès", name_ar: "بومرداس", wilaya_codes: ["35"] },
]

const FAULT_TYPES = [
  { handle: "pas-de-chauffage", label_fr: "Pas de chauffage", label_ar: "لا توجد تدفئة", duration_minutes: 90, visit_fee: 2500, required_skill: "gas", urgency: "normal" },
  { handle: "pas-d-eau-chaude", label_fr: "Pas d'eau chaude", label_ar: "لا يوجد ماء ساخن", duration_minutes: 60, visit_fee: 2500, required_skill: "gas", urgency: "normal" },
  { handle: "perte-de-pression", label_fr: "Perte de pression", label_ar: "انخفاض الضغط", duration_minutes: 60, visit_fee: 2000, required_skill: "hydraulic", urgency: "normal" },
  { handle: "code-erreur", label_fr: "Code erreur à l'écran", label_ar: "رمز خطأ على الشاشة", duration_minutes: 60, visit_fee: 2500, required_skill: "electronics", urgency: "normal" },
  { handle: "entretien-annuel", label_fr: "Entretien annuel", label_ar: "الصيانة السنوية", duration_minutes: 90, visit_fee: 4000, required_skill: "gas", urgency: "normal" },
  { handle: "odeur-de-gaz", label_fr: "Odeur de gaz", label_ar: "رائحة غاز", duration_minutes: 60, visit_fee: 3000, required_skill: "gas", urgency: "urgent" },
]

/**
 * The fixed-date public holidays of the next two years. The Hijri-dated ones (Aïd el-Fitr, Aïd
 * el-Adha, Awal Moharram, Achoura, Mawlid) move each year: the office enters them as closures in
 * Medusa Admin (Techniciens → Fermetures) once their dates are announced.
 */
const CLOSURES = [...fixedPublicHolidays(2027), ...fixedPublicHolidays(2028)]

export async function seedBooking(container: MedusaContainer) {
  const booking = container.resolve<BookingService>("booking")
  const zones = await booking.listBookingZones({})
  const missingZones = ZONES.filter((zone) => !zones.some((found) => found.handle === zone.handle))
  if (missingZones.length) zones.push(...(await booking.createBookingZones(missingZones.map((zone) => ({ ...zone, commune_ids: null })))))
  const zoneId = new Map(zones.map((zone) => [zone.handle, zone.id]))

  const faultTypes = await booking.listFaultTypes({})
  const missingFaults = FAULT_TYPES.filter((fault) => !faultTypes.some((found) => found.handle === fault.handle))
  if (missingFaults.length) await booking.createFaultTypes(missingFaults)

  const technicians = await booking.listTechnicians({})
  const missingTechnicians = SEEDED_TECHNICIANS.filter((technician) => !technicians.some((found) => found.name === technician.name))
  if (missingTechnicians.length) {
    await booking.createTechnicians(
      missingTechnicians.map((technician) => ({
        name: technician.name,
        phone: technician.phone,
        skills: technician.skills,
        weekly_hours: DEFAULT_WEEKLY_HOURS,
        is_active: true,
        zones: technician.zones.map((handle) => zoneId.get(handle)!),
      }))
    )
  }

  const closures = await booking.listBookingClosures({})
  const missingClosures = CLOSURES.filter((closure) => !closures.some((found) => found.date === closure.date))
  if (missingClosures.length) await booking.createBookingClosures(missingClosures)
}
