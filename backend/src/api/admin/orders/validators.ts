import { z } from "@medusajs/framework/zod"

export const AdminShipOrder = z.object({
  carrier: z.string().trim().min(2, "Indiquez le transporteur (ex. Yalidine)").max(60),
  tracking_number: z.string().trim().min(3, "Indiquez le numéro de suivi du colis").max(60),
  tracking_url: z.string().url("Le lien de suivi doit être une adresse web complète").optional(),
})
export type AdminShipOrderType = z.infer<typeof AdminShipOrder>
