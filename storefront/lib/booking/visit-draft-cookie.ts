import "server-only"
import crypto from "node:crypto"
import { cookies } from "next/headers"
import { readVisitDetails, type VisitDetails } from "./visit-details"

/**
 * The details typed on the booking form, kept between the form and the review in an HttpOnly
 * cookie for an hour (no script reads it; a taken slot does not make the customer type them again).
 * `key` is the booking's idempotency key: a double click on "confirm" books once.
 */
const DRAFT_COOKIE = "mj_visit_draft"

export type VisitDraft = { details: VisitDetails; key: string }

export async function saveVisitDraft(details: VisitDetails): Promise<void> {
  const draft: VisitDraft = { details, key: crypto.randomUUID() }
  ;(await cookies()).set(DRAFT_COOKIE, Buffer.from(JSON.stringify(draft)).toString("base64url"), {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: 3600,
  })
}

/** The saved draft, checked again as if typed now (a cookie is the visitor's to change), or null. */
export async function readVisitDraft(): Promise<VisitDraft | null> {
  const raw = (await cookies()).get(DRAFT_COOKIE)?.value
  if (!raw || raw.length > 8000) return null
  try {
    const parsed = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Partial<VisitDraft>
    const { details, errors } = readVisitDetails((name) => (parsed.details as Record<string, unknown> | undefined)?.[name])
    const key = typeof parsed.key === "string" && /^[0-9a-f-]{36}$/.test(parsed.key) ? parsed.key : null
    return errors.length || !key ? null : { details, key }
  } catch {
    return null
  }
}

export async function forgetVisitDraft(): Promise<void> {
  ;(await cookies()).delete(DRAFT_COOKIE)
}
