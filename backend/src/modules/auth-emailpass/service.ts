import type { AuthenticationInput, AuthenticationResponse, AuthIdentityDTO, AuthIdentityProviderService, EmailPassAuthProviderOptions, Logger } from "@medusajs/framework/types"
import { MedusaError, isString } from "@medusajs/framework/utils"
import { EmailPassAuthService } from "@medusajs/auth-emailpass/dist/services/emailpass"
import pLimit from "p-limit"
import scrypt from "scrypt-kdf"
import { PASSWORD_HASH, needsRehash } from "../../lib/auth/passwords"

/** Hashes at once in this process: 20 logins together queue here rather than take 20 × 128 MiB. */
const HASHES_AT_ONCE = 4
const hashing = pLimit(HASHES_AT_ONCE)

const WRONG = { success: false, error: "Invalid email or password" } as const

/**
 * Medusa's e-mail and password login, hardened: hashes at N = 2^17 (older hashes upgraded at the
 * next login), at most HASHES_AT_ONCE at a time, and an unknown e-mail costs the same hash as a
 * known one, so the answer's timing does not tell whether an account exists.
 */
export class HardenedEmailPassService extends EmailPassAuthService {
  static identifier = "emailpass"
  static DISPLAY_NAME = "Email/Password Authentication"
  /** A hash of nothing anyone knows, checked when the e-mail has no account. */
  private static decoy?: Promise<Buffer>

  constructor(cradle: { logger: Logger }, options: EmailPassAuthProviderOptions = {}) {
    super(cradle, { ...options, hashConfig: PASSWORD_HASH })
  }

  protected hashPassword(password: string): Promise<string> {
    return hashing(() => super.hashPassword(password))
  }

  async authenticate(userData: AuthenticationInput, identities: AuthIdentityProviderService): Promise<AuthenticationResponse> {
    const { email, password } = userData.body ?? {}
    if (!isString(password) || !password) return { success: false, error: "Password should be a string" }
    if (!isString(email) || !email) return { success: false, error: "Email should be a string" }
    const identity = await this.identityOf(email, identities)
    const stored = identity && this.storedHash(identity)
    if (!(await this.verify(password, stored))) return WRONG
    if (needsRehash(stored!)) await this.update({ entity_id: email, password }, identities)
    return { success: true, authIdentity: this.withoutHash(identity!) }
  }

  async register(userData: AuthenticationInput, identities: AuthIdentityProviderService): Promise<AuthenticationResponse> {
    const { email, password } = userData.body ?? {}
    if (!isString(password) || !password) return { success: false, error: "Password should be a string" }
    if (!isString(email) || !email) return { success: false, error: "Email should be a string" }
    const identity = await this.identityOf(email, identities)
    if (!identity) {
      const created = await identities.create({ entity_id: email, provider_metadata: { password: await this.hashPassword(password) } })
      return { success: true, authIdentity: this.withoutHash(created) }
    }
    // Medusa's rule: an identity not yet linked to an account may register again with its password.
    const unlinked = !identity.app_metadata || !Object.keys(identity.app_metadata).length
    if (unlinked && (await this.verify(password, this.storedHash(identity)))) return { success: true, authIdentity: this.withoutHash(identity) }
    return { success: false, error: "Identity with email already exists" }
  }

  private async identityOf(email: string, identities: AuthIdentityProviderService): Promise<AuthIdentityDTO | undefined> {
    try {
      return await identities.retrieve({ entity_id: email })
    } catch (error) {
      if ((error as MedusaError).type === MedusaError.Types.NOT_FOUND) return undefined
      throw error
    }
  }

  private storedHash(identity: AuthIdentityDTO): string | undefined {
    const stored = identity.provider_identities?.find((provider) => provider.provider === this.provider)?.provider_metadata?.password
    return isString(stored) ? stored : undefined
  }

  /** Checks the password against the stored hash, or against the decoy when there is none (same cost). */
  private async verify(password: string, stored: string | undefined): Promise<boolean> {
    HardenedEmailPassService.decoy ??= hashing(() => scrypt.kdf(`decoy-${Math.random()}`, PASSWORD_HASH))
    const hash = stored ? Buffer.from(stored, "base64") : await HardenedEmailPassService.decoy
    const matches = await hashing(() => scrypt.verify(hash, password))
    return Boolean(stored) && matches
  }

  private withoutHash(identity: AuthIdentityDTO): AuthIdentityDTO {
    const copy = JSON.parse(JSON.stringify(identity)) as AuthIdentityDTO
    for (const provider of copy.provider_identities ?? []) {
      if (provider.provider === this.provider && provider.provider_metadata) delete provider.provider_metadata.password
    }
    return copy
  }
}
