/** The signed token that lets a guest (or anyone with the e-mail) manage one visit without logging in. */
import { linkSigningSecret, signLink, verifyLink } from "@mj-chauffage/shop-kernel/signed-links"

export const APPOINTMENT_LINK_PURPOSE = "appointment"
const VALID_AFTER_VISIT_DAYS = 30

export function appointmentToken(appointment: { id: string; ends_at: Date | string }): string {
  const expiresAt = new Date(new Date(appointment.ends_at).getTime() + VALID_AFTER_VISIT_DAYS * 86_400_000)
  return signLink({ purpose: APPOINTMENT_LINK_PURPOSE, subject: appointment.id, expiresAt }, linkSigningSecret())
}

/** True when `token` was signed for this very appointment and has not expired. */
export function tokenOpens(token: unknown, appointmentId: string): boolean {
  if (typeof token !== "string" || !token) return false
  const verification = verifyLink(token, APPOINTMENT_LINK_PURPOSE, linkSigningSecret())
  return verification.ok && verification.subject === appointmentId
}
