import { toast } from "@medusajs/ui"

/** Posts one office action to an admin route; the refusal's message (French, for the office) in a toast when Medusa says no. */
export async function postAdminAction(path: string, body: object): Promise<boolean> {
  const response = await fetch(path, {
    method: "POST",
    credentials: "include",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  })
  if (response.ok) return true
  const answer = (await response.json().catch(() => ({}))) as { message?: string }
  toast.error(answer.message ?? `Action refusée (${response.status}).`)
  return false
}
