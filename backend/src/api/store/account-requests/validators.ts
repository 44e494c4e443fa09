import { z } from "@medusajs/framework/zod"

export const RequestAccountBody = z.object({
  email: z.email("email: an e-mail address").max(254),
  locale: z.enum(["fr", "ar"]).default("fr"),
})
export type RequestAccountBody = z.infer<typeof RequestAccountBody>

export const VerifyRegistrationLinkBody = z.object({ token: z.string().trim().min(10, "token: the e-mailed link's token").max(2000) })
export type VerifyRegistrationLinkBody = z.infer<typeof VerifyRegistrationLinkBody>
