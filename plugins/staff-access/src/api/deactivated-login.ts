import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refusal, refusalBody } from "@mj-chauffage/shop-kernel/refusals"
import { standingOf } from "../lib/access/staff-standing"

/** Whom a login token speaks for (Medusa just signed it on this request: read, not verified). */
const tokenActor = (token: string): string | undefined => {
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as { actor_id?: unknown }
    return typeof payload.actor_id === "string" && payload.actor_id ? payload.actor_id : undefined
  } catch {
    return undefined
  }
}

/**
 * A deactivated staff account's right password gets no token (`POST /auth/user/emailpass`): without
 * this the login succeeded and every /admin request then answered 401, so the dashboard went back to
 * its login page without a word. The answer says why instead.
 */
export function refuseDeactivatedLogin(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = (body: unknown) => {
    const token = (body as { token?: unknown } | null)?.token
    const userId = res.statusCode === 200 && typeof token === "string" ? tokenActor(token) : undefined
    if (!userId) return json(body)
    void standingOf(req.scope, { actor_id: userId, actor_type: "user" }).then(
      (standing) =>
        standing && !standing.is_active
          ? res
              .status(401)
              .json(refusalBody("unauthorized", refusal("staff_account_deactivated"), "Ce compte du personnel a été désactivé : demandez à un administrateur de le réactiver."))
          : json(body),
      (error: unknown) => next(error)
    )
    return res
  }
  next()
}
