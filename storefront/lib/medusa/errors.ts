import { isRefusalCode, type RefusalCode } from "@mj-chauffage/shop-kernel/refusals"
import { MedusaRefusal } from "./coded-client"

/** What Medusa answered when a call failed: its HTTP status, its message, and its refusal code when it gave one. */
export function medusaFailure(error: unknown): { status: number; message: string; code: RefusalCode | undefined } {
  const failure = error as { status?: number; message?: string }
  return {
    status: typeof failure?.status === "number" ? failure.status : 500,
    message: failure?.message || "",
    code: error instanceof MedusaRefusal && isRefusalCode(error.code) ? error.code : undefined,
  }
}

export const isNotFound = (error: unknown) => medusaFailure(error).status === 404
