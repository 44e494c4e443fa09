import "server-only"
import { cookies } from "next/headers"

/**
 * The logged-in customer's Medusa token lives only in this HttpOnly cookie, set by the Next server:
 * no script in the page can read it, and every Medusa call that needs the customer is made here.
 */
const SESSION_COOKIE = "mj_session"
// A JWT: three base64url parts.
const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/
/** Medusa's customer token lives 7 days (backend jwtExpiresIn); the cookie no longer. */
const SESSION_MAX_AGE_SECONDS = 7 * 86_400

export async function sessionToken(): Promise<string | null> {
  const value = (await cookies()).get(SESSION_COOKIE)?.value
  return value && value.length < 4000 && JWT.test(value) ? value : null
}

/** The headers that make a Medusa call the customer's (none for a visitor). */
export async function customerAuthHeaders(): Promise<Record<string, string>> {
  const token = await sessionToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}

export async function startSession(token: string): Promise<void> {
  ;(await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: SESSION_MAX_AGE_SECONDS,
  })
}

export async function endSession(): Promise<void> {
  ;(await cookies()).delete(SESSION_COOKIE)
}
