import { z } from "@medusajs/framework/zod"

export const ClaimOrderBody = z.object({ token: z.string().trim().min(10, "token: the signed link's token").max(2000) })
export type ClaimOrderBody = z.infer<typeof ClaimOrderBody>
