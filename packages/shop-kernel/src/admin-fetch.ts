/**
 * The admin widgets' calls to Medusa's /admin API, from the dashboard's page: its session cookie does
 * the authentication, and a refusal becomes an AdminRefusal carrying the answer's French message and
 * its stable `code` (the widgets show the message and act on the code, never on the text).
 */
export class AdminRefusal extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | undefined
  ) {
    super(message)
  }
}

type Refusal = { message?: unknown; code?: unknown }

export async function adminFetch<T>(path: string, init: { method?: "GET" | "POST" | "DELETE"; body?: unknown } = {}): Promise<T> {
  const response = await fetch(path, {
    method: init.method ?? "GET",
    credentials: "include",
    headers: init.body === undefined ? undefined : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const body: unknown = await response.json().catch(() => ({}))
  if (!response.ok) {
    const { message, code } = (body ?? {}) as Refusal
    throw new AdminRefusal(typeof message === "string" && message ? message : `Erreur ${response.status}`, response.status, typeof code === "string" ? code : undefined)
  }
  return body as T
}
