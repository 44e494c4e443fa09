/**
 * The password rules: scrypt at N = 2^17 (r 8, p 1: 128 MiB and about a second per hash on a small
 * server), at least 10 characters, not one of the commonly used passwords (Mozilla's offline list).
 */
import scrypt from "scrypt-kdf"
import commonPasswords from "fxa-common-password-list"

export const PASSWORD_HASH = { logN: 17, r: 8, p: 1 } as const
export const MIN_PASSWORD_LENGTH = 10
/** Long enough for any passphrase; bounds the work one request can ask of the server. */
export const MAX_PASSWORD_LENGTH = 256

export type PasswordProblem = "password_too_short" | "password_too_long" | "password_too_common"

export function passwordProblem(password: string): PasswordProblem | undefined {
  if ([...password].length < MIN_PASSWORD_LENGTH) return "password_too_short"
  if (password.length > MAX_PASSWORD_LENGTH) return "password_too_long"
  if (commonPasswords.test(password) || commonPasswords.test(password.toLowerCase())) return "password_too_common"
  return undefined
}

/** A stored hash made at a lower cost than today's: rehashed at the next successful login. */
export function needsRehash(storedBase64: string): boolean {
  const { logN, r, p } = scrypt.viewParams(Buffer.from(storedBase64, "base64"))
  return logN < PASSWORD_HASH.logN || r < PASSWORD_HASH.r || p < PASSWORD_HASH.p
}
