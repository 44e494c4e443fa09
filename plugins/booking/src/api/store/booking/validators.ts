import { z } from "@medusajs/framework/zod"
import { normalizeAlgerianPhone } from "@mj-chauffage/shop-kernel/phone"
import { MAX_SLOT_QUERY_DAYS } from "../../../lib/booking-settings"

const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date attendue au format AAAA-MM-JJ (heure d'Alger)")
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000

export const StoreSlotsQuery = z
  .object({ zone_id: z.string().min(1), fault_type_id: z.string().min(1), from: LocalDate, to: LocalDate })
  .refine((query) => dayNumber(query.to) >= dayNumber(query.from), { message: "« to » doit être le même jour que « from » ou après", path: ["to"] })
  .refine((query) => dayNumber(query.to) - dayNumber(query.from) < MAX_SLOT_QUERY_DAYS, {
    message: `Au plus ${MAX_SLOT_QUERY_DAYS} jours par recherche de créneaux`,
    path: ["to"],
  })
export type StoreSlotsQueryType = z.infer<typeof StoreSlotsQuery>


export const StoreCreateAppointment = z.object({
  zone_id: z.string().min(1),
  fault_type_id: z.string().min(1),
  starts_at: z.string().datetime({ offset: true, message: "starts_at doit être une date ISO 8601 (ex. 2026-12-07T08:00:00Z)" }),
  contact: z.object({
    first_name: z.string().trim().min(1).max(80),
    last_name: z.string().trim().min(1).max(80),
    // Kept in the shop's one normal form (E.164, +213…): see the kernel's phone rule.
    phone: z
      .string()
      .max(40)
      .transform((phone, context) => {
        const normal = normalizeAlgerianPhone(phone)
        if (!normal) context.addIssue({ code: "custom", message: "Numéro de téléphone algérien invalide (ex. 0550 12 34 56 ou +213 550 12 34 56)" })
        return normal ?? phone
      }),
    email: z.string().trim().email("Adresse e-mail invalide"),
  }),
  address: z.object({
    address_1: z.string().trim().min(3).max(200),
    commune: z.string().trim().min(1).max(120),
    wilaya_code: z.string().regex(/^\d{2}$/, "wilaya_code : code à deux chiffres (16 pour Alger)"),
  }),
  description: z.string().trim().min(3).max(2000),
  boiler_brand: z.string().trim().max(80).optional(),
  boiler_model: z.string().trim().max(80).optional(),
  /** The language of the page the visit was booked from: e-mails follow it. */
  locale: z.enum(["fr", "ar"]).optional(),
})
export type StoreCreateAppointmentType = z.infer<typeof StoreCreateAppointment>

export const StoreCancelAppointment = z.object({ reason: z.string().trim().min(3, "Indiquez la raison de l'annulation").max(500) })
export type StoreCancelAppointmentType = z.infer<typeof StoreCancelAppointment>

export const StoreRescheduleAppointment = z.object({
  starts_at: z.string().datetime({ offset: true, message: "starts_at doit être une date ISO 8601 (ex. 2026-12-07T08:00:00Z)" }),
})
export type StoreRescheduleAppointmentType = z.infer<typeof StoreRescheduleAppointment>
