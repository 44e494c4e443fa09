import { z } from "@medusajs/framework/zod"

// The shape only: the route normalizes the reference and refuses it with its own code (baridpay_transaction_reference_invalid).
export const StoreBaridpayReference = z.object({ transaction_reference: z.string().max(64) }).strict()
export type StoreBaridpayReferenceType = z.infer<typeof StoreBaridpayReference>
