import { z } from "@medusajs/framework/zod"
import { isWebLink } from "@mj-chauffage/shop-kernel/web-link"
import { CALL_OUTCOMES } from "../../../lib/cod/life-cycle"

const note = z.string().trim().max(500).optional()
const reason = z.string().trim().min(3, "Indiquez la raison en quelques mots").max(500)

export const AdminCodCall = z
  .object({ outcome: z.enum(CALL_OUTCOMES), note, reason: reason.optional() })
  .strict()
  .refine((call) => call.outcome !== "cancelled" || Boolean(call.reason), { message: "Indiquez pourquoi le client annule", path: ["reason"] })
export type AdminCodCallType = z.infer<typeof AdminCodCall>

export const AdminCodShip = z
  .object({
    carrier: z.string().trim().min(2, "Indiquez le transporteur (ex. Yalidine)").max(60),
    tracking_number: z.string().trim().min(3, "Indiquez le numéro de suivi du colis").max(60),
    // It becomes a link in the customer's e-mail: only a web address.
    tracking_url: z.string().trim().max(500).refine(isWebLink, "Le lien de suivi doit être une adresse web commençant par https:// ou http://").optional(),
  })
  .strict()
export type AdminCodShipType = z.infer<typeof AdminCodShip>

export const AdminCodCollect = z.object({ note }).strict()
export type AdminCodCollectType = z.infer<typeof AdminCodCollect>

export const AdminCodRefuse = z.object({ reason }).strict()
export type AdminCodRefuseType = z.infer<typeof AdminCodRefuse>
