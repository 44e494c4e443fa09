import { SEEDED_TECHNICIANS } from "./technicians"

/** A seeded technician's development login: "Sofiane Belkacem" → sofiane.belkacem@mj-chauffage.local. */
export const devTechnicianEmail = (name: string) =>
  `${name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim()
    .replace(/[^a-z]+/g, ".")}@mj-chauffage.local`

export const DEV_TECHNICIAN_EMAILS = SEEDED_TECHNICIANS.map((technician) => devTechnicianEmail(technician.name))
