import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { refusal, refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem, type PasswordProblem } from "../../lib/auth/passwords"

const WORDS: Record<PasswordProblem, string> = {
  password_too_short: `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`,
  password_too_long: `The password must be at most ${MAX_PASSWORD_LENGTH} characters long.`,
  password_too_common: "This password is one of the most used ones: choose another.",
}


/**
 * A new password (registration, or the update a reset link allows) must pass the password rules
 * before Medusa hashes it; a registration's e-mail must be an e-mail address.
 */
export function checkNewCredentials({ withEmail }: { withEmail: boolean }) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const body = (req.body ?? {}) as { email?: unknown; password?: unknown }
    if (withEmail && !z.email().safeParse(body.email).success) {
      res.status(400).json(refusalBody("invalid_data", refusal("email_invalid"), "The e-mail address is not valid."))
      return
    }
    const problem = typeof body.password === "string" ? passwordProblem(body.password) : "password_too_short"
    if (problem) {
      res.status(400).json(refusalBody("invalid_data", refusal(problem), WORDS[problem]))
      return
    }
    next()
  }
}
