import { z } from "@medusajs/framework/zod"

/** Whole dinars, tax included, as the customer pays them. */
const price = z.number().int("Un prix est un nombre entier de dinars").min(0, "Un prix ne peut pas être négatif").max(100_000, "Un prix de livraison ne dépasse pas 100 000 DA")
const delay = z.number().int("Un délai est un nombre entier de jours").min(0, "Un délai ne peut pas être négatif").max(30, "Un délai de livraison ne dépasse pas 30 jours")
const name = (what: string) => z.string().trim().min(2, `Indiquez ${what}`).max(120)
const wilayaCode = z.string().regex(/^\d{2}$/, "Une wilaya s'écrit avec son code à deux chiffres (16 pour Alger)")
const optionalText = (max: number) => z.string().trim().max(max).nullish().transform((value) => value || null)

export const AdminUpdateDeliveryZone = z
  .object({
    name_fr: name("le nom français de la zone").optional(),
    name_ar: name("le nom arabe de la zone").optional(),
    home_price: price.optional(),
    home_delay_days: delay.optional(),
    stopdesk_price: price.optional(),
    stopdesk_delay_days: delay.optional(),
    is_active: z.boolean().optional(),
  })
  .strict()
export type AdminUpdateDeliveryZoneType = z.infer<typeof AdminUpdateDeliveryZone>

export const AdminAssignDeliveryWilayas = z
  .object({
    assignments: z
      .array(z.object({ wilaya_code: wilayaCode, zone_id: z.string().min(1).nullable() }).strict())
      .min(1, "Indiquez au moins une wilaya")
      .max(69),
  })
  .strict()
export type AdminAssignDeliveryWilayasType = z.infer<typeof AdminAssignDeliveryWilayas>

export const AdminCreateStopDesk = z
  .object({
    wilaya_code: wilayaCode,
    commune: optionalText(100),
    name_fr: name("le nom français du stop-desk"),
    name_ar: name("le nom arabe du stop-desk"),
    address: optionalText(300),
    carrier: optionalText(60),
  })
  .strict()
export type AdminCreateStopDeskType = z.infer<typeof AdminCreateStopDesk>

export const AdminUpdateStopDesk = z
  .object({
    wilaya_code: wilayaCode.optional(),
    commune: optionalText(100).optional(),
    name_fr: name("le nom français du stop-desk").optional(),
    name_ar: name("le nom arabe du stop-desk").optional(),
    address: optionalText(300).optional(),
    carrier: optionalText(60).optional(),
    is_active: z.boolean().optional(),
  })
  .strict()
export type AdminUpdateStopDeskType = z.infer<typeof AdminUpdateStopDesk>
