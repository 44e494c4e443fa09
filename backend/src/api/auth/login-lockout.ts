import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refusal } from "@mj-chauffage/shop-kernel/refusals"
import { clientAddress } from "@mj-chauffage/shop-kernel/server/client-address"
import { answerTooMany, consumeLimit, sharedLimiter } from "@mj-chauffage/shop-kernel/server/rate-limit"
import { namedAccount } from "../security-events"
import { LOGIN_ATTEMPTS_PER_CLIENT, LOGIN_FAILURES_PER_ACCOUNT } from "./limits"

const TOO_MANY_FAILURES = "Too many wrong passwords for this account from your connection: wait before trying again, or reset your password."
const TOO_MANY_ATTEMPTS = "Too many login attempts from your connection: wait before trying again."

/**
 * Login (`POST /auth/{customer|user}/emailpass`): each attempt is counted before the password is
 * hashed, against the client and against the account from this client; a successful login clears
 * the account's count. Counting first means parallel guesses cannot slip past the limit.
 */
export async function limitLogins(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const client = clientAddress(req)
  const account = `${req.path.split("/")[2]}:${namedAccount(req) ?? ""}:${client}`

  const attempts = await consumeLimit(sharedLimiter(LOGIN_ATTEMPTS_PER_CLIENT), client)
  if (!attempts.allowed) return answerTooMany(res, attempts.retryAfterSeconds, refusal("too_many_attempts"), TOO_MANY_ATTEMPTS)
  const failures = sharedLimiter(LOGIN_FAILURES_PER_ACCOUNT)
  const verdict = await consumeLimit(failures, account)
  if (!verdict.allowed) return answerTooMany(res, verdict.retryAfterSeconds, refusal("too_many_login_failures"), TOO_MANY_FAILURES)
  res.on("finish", () => {
    if (res.statusCode === 200) void failures.delete(account).catch(() => undefined)
  })
  next()
}
