/**
 * How the delivery pages save: run `save`, show the success message it returns and call `onSaved`, or
 * show the refusal as the API words it (the kernel's admin-fetch carries the route's French message).
 */
import { toast } from "@medusajs/ui"

export async function toastSave(save: () => Promise<string>, onSaved: () => void): Promise<void> {
  try {
    toast.success(await save())
    onSaved()
  } catch (error) {
    toast.error((error as Error).message)
  }
}
