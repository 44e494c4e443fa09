import { adminFetch } from "@mj-chauffage/shop-kernel/admin-fetch"
import { toast } from "@medusajs/ui"

/**
 * Posts one office action to an admin route (the kernel's adminFetch); the refusal's message (French, for
 * the office) in a toast when Medusa says no, and a network failure too, so the buttons come back.
 */
export async function postAdminAction(path: string, body: object): Promise<boolean> {
  try {
    await adminFetch(path, { method: "POST", body })
    return true
  } catch (error) {
    toast.error(error instanceof Error && error.message ? error.message : "Action impossible : réessayez.")
    return false
  }
}
