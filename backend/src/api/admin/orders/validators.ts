import { z } from "@medusajs/framework/zod"
import { isWebLink } from "@mj-chauffage/shop-kernel/web-link"

export const AdminShipOrder = z.object({
  carrier: z.string().trim().min(2, "Indiquez le transporteur (ex. Yalidine)").max(60),
  tracking_number: z.string().trim().min(3, "Indiquez le numéro de suivi du colis").max(60),
  // It becomes a link in the customer's e-mail: only a web address (https:// or http://).
  tracking_url: z.string().trim().max(500).refine(isWebLink, "Le lien de suivi doit être une adresse web commençant par https:// ou http://").optional(),
})
export type AdminShipOrderType = z.infer<typeof AdminShipOrder>
