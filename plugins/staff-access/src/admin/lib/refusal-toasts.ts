/**
 * A page's data refused for the staff member's role (GET /admin/... → 403 with a staff_* code) is
 * answered by the dashboard's generic error page, which in production never shows the API's message.
 * This shows that message as a toast ("Votre rôle (technicien) ne permet pas de consulter les
 * commandes…"). Only reads: a refused save already shows its message in the dashboard's own toast.
 * Installed once, when the dashboard loads the staff-access extensions.
 */
import { toast } from "@medusajs/ui"

const STAFF_REFUSALS = new Set(["staff_forbidden", "staff_no_role"])
const INSTALLED = Symbol.for("mj-chauffage.staff-refusal-toasts")

type Marked = typeof window & { [INSTALLED]?: true }

const isAdminRead = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), window.location.origin)
  const method = (init?.method ?? (input instanceof Request ? input.method : "GET")).toUpperCase()
  return method === "GET" && url.origin === window.location.origin && url.pathname.startsWith("/admin/")
}

/** A page left at once (a technician sent on from the orders list to their visits) does not need to say why. */
const STILL_OPEN_AFTER_MS = 400

async function showRefusal(response: Response, page: string) {
  const body = (await response.clone().json().catch(() => null)) as { code?: unknown; message?: unknown } | null
  if (typeof body?.code !== "string" || !STAFF_REFUSALS.has(body.code) || typeof body.message !== "string") return
  const message = body.message
  window.setTimeout(() => {
    // One toast per sentence: a page's several refused reads say it once.
    if (window.location.pathname === page) toast.error(message, { id: message, duration: 10_000 })
  }, STILL_OPEN_AFTER_MS)
}

export function installRefusalToasts() {
  if (typeof window === "undefined" || (window as Marked)[INSTALLED]) return
  const marked = window as Marked
  marked[INSTALLED] = true
  const fetchOf = window.fetch.bind(window)
  window.fetch = async (input, init) => {
    const page = window.location.pathname
    const response = await fetchOf(input, init)
    if (response.status === 403 && isAdminRead(input, init)) void showRefusal(response, page)
    return response
  }
}
