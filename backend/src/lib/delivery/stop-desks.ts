/**
 * Stop-desks (pick-up points) the customer can choose, per wilaya: the carrier's agency in each
 * chef-lieu, plus the extra agencies of the largest cities. Replace with the carrier's own list
 * (its "centres" endpoint) once a carrier is integrated.
 */
import { WILAYAS } from "../territory/reference"

export type StopDesk = { id: string; wilaya_code: string; name_fr: string; name_ar: string }

const EXTRA_AGENCIES: Array<[wilayaCode: string, nameFr: string, nameAr: string]> = [
  ["16", "Bab Ezzouar", "باب الزوار"],
  ["16", "Chéraga", "الشراقة"],
  ["16", "Hussein Dey", "حسين داي"],
  ["31", "Es Senia", "السانية"],
  ["25", "Ali Mendjeli", "علي منجلي"],
  ["19", "El Eulma", "العلمة"],
  ["09", "Boufarik", "بوفاريك"],
]

export const STOP_DESKS: StopDesk[] = [
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

export const stopDesksOf = (wilayaCode: string) => STOP_DESKS.filter((desk) => desk.wilaya_code === wilayaCode)
export const findStopDesk = (id: string) => STOP_DESKS.find((desk) => desk.id === id)
