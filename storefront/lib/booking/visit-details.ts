import { normalizeAlgerianPhone } from "@mj-chauffage/shop-kernel/phone"

/** What the customer tells us for a repair visit, checked field by field (pure: the action saves it). */
export type VisitDetails = {
  first_name: string
  last_name: string
  phone: string
  email: string
  address_1: string
  boiler_brand: string
  boiler_model: string
  description: string
}

export type VisitDetailsError = "first_name" | "last_name" | "phone" | "email" | "address_1" | "description"

export const VISIT_DETAIL_FIELDS = ["first_name", "last_name", "phone", "email", "address_1", "boiler_brand", "boiler_model", "description"] as const

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]{2,}$/
const LIMITS: Record<keyof VisitDetails, number> = {
  first_name: 80,
  last_name: 80,
  phone: 40,
  email: 200,
  address_1: 200,
  boiler_brand: 80,
  boiler_model: 80,
  description: 2000,
}

export function readVisitDetails(read: (name: string) => unknown): { details: VisitDetails; errors: VisitDetailsError[] } {
  const text = (name: keyof VisitDetails) => String(read(name) ?? "").trim().slice(0, LIMITS[name])
  const phone = normalizeAlgerianPhone(text("phone"))
  const details: VisitDetails = {
    first_name: text("first_name"),
    last_name: text("last_name"),
    phone: phone ?? text("phone"),
    email: text("email").toLowerCase(),
    address_1: text("address_1"),
    boiler_brand: text("boiler_brand"),
    boiler_model: text("boiler_model"),
    description: text("description"),
  }
  const errors: VisitDetailsError[] = []
  if (!details.first_name) errors.push("first_name")
  if (!details.last_name) errors.push("last_name")
  if (!phone) errors.push("phone")
  if (!EMAIL.test(details.email)) errors.push("email")
  if (details.address_1.length < 3) errors.push("address_1")
  if (details.description.length < 3) errors.push("description")
  return { details, errors }
}
