/**
 * The signed link that lets one e-mail address become a customer account. Registration starts with the
 * address alone and always answers the same; the e-mail either carries this link (no account yet) or
 * says an account exists. So only the mailbox's owner learns whether an account exists, and an account
 * can never be opened in someone else's name.
 */
import { linkSigningSecret, signLink, verifyLink, type LinkVerification } from "./signed-links.js"

export const REGISTRATION_LINK_PURPOSE = "customer-registration"
export const REGISTRATION_LINK_HOURS = 24

/** Addresses compare as the login stores them: trimmed, lower case. */
export const registrationEmail = (email: string) => email.trim().toLowerCase()

export function registrationLinkToken(email: string, now: Date = new Date(), env: NodeJS.ProcessEnv = process.env): string {
  const expiresAt = new Date(now.getTime() + REGISTRATION_LINK_HOURS * 3600_000)
  return signLink({ purpose: REGISTRATION_LINK_PURPOSE, subject: registrationEmail(email), expiresAt }, linkSigningSecret(env))
}

/** The e-mail address the link was sent to, when the link is whole, ours, for registration and in date. */
export function verifyRegistrationLink(token: string, now: Date = new Date(), env: NodeJS.ProcessEnv = process.env): LinkVerification {
  return verifyLink(token, REGISTRATION_LINK_PURPOSE, linkSigningSecret(env), now)
}
