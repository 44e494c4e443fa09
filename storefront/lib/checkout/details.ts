import { normalizeAlgerianPhone } from "@mj-chauffage/shop-kernel/phone"

/** What the checkout's first step sends, checked field by field (pure: the action adds the look-ups). */
export type CheckoutDetails = {
  first_name: string
  last_name: string
  email: string
  phone: string
  wilaya: string
  commune: string
  address_1: string
  delivery: "home" | "stopdesk"
  stop_desk_id: string | null
}

export type DetailsError =
  | "first_name"
  | "last_name"
  | "email"
  | "phone"
  | "wilaya"
  | "commune"
  | "address_1"
  | "delivery"
  | "stop_desk_id"

const field = (form: FormData, name: string, max = 120) => String(form.get(name) ?? "").trim().slice(0, max)
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]{2,}$/

export function readCheckoutDetails(form: FormData): { details: CheckoutDetails; errors: DetailsError[] } {
  const delivery = field(form, "delivery") === "stopdesk" ? "stopdesk" : field(form, "delivery") === "home" ? "home" : null
  const phone = normalizeAlgerianPhone(field(form, "phone", 40))
  const details: CheckoutDetails = {
    first_name: field(form, "first_name", 60),
    last_name: field(form, "last_name", 60),
    email: field(form, "email", 200).toLowerCase(),
    phone: phone ?? field(form, "phone", 40),
    wilaya: field(form, "wilaya", 2),
    commune: field(form, "commune", 80),
    address_1: field(form, "address_1", 200),
    delivery: delivery ?? "home",
    stop_desk_id: delivery === "stopdesk" ? field(form, "stop_desk_id", 40) || null : null,
  }
  const errors: DetailsError[] = []
  if (!details.first_name) errors.push("first_name")
  if (!details.last_name) errors.push("last_name")
  if (!EMAIL.test(details.email)) errors.push("email")
  if (!phone) errors.push("phone")
  if (!/^\d{2}$/.test(details.wilaya)) errors.push("wilaya")
  if (!details.commune) errors.push("commune")
  if (delivery === "home" && details.address_1.length < 5) errors.push("address_1")
  if (!delivery) errors.push("delivery")
  if (delivery === "stopdesk" && !details.stop_desk_id) errors.push("stop_desk_id")
  return { details, errors }
}
