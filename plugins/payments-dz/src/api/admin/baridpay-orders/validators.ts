import { z } from "@medusajs/framework/zod"

export const AdminBaridpayConfirm = z.object({}).strict()
export type AdminBaridpayConfirmType = z.infer<typeof AdminBaridpayConfirm>

export const AdminBaridpayReject = z.object({ reason: z.string().trim().min(3, "Indiquez la raison en quelques mots").max(500) }).strict()
export type AdminBaridpayRejectType = z.infer<typeof AdminBaridpayReject>
