import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refusalBody } from "@mj-chauffage/shop-kernel/refusals"

/**
 * A login refused for its e-mail or password (`POST /auth/{customer|user}/emailpass`): Medusa answers a
 * bare 401, which the error handler can only call `refused`. This names it `wrong_credentials`, one
 * answer for an unknown e-mail and a wrong password, so clients tell it apart by its code.
 */
export function nameWrongCredentials(_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = (body: unknown) => {
    const code = (body as { code?: unknown } | null)?.code
    if (res.statusCode === 401 && (code === undefined || code === "refused")) {
      return json(refusalBody("unauthorized", "wrong_credentials", "The e-mail address or the password is wrong."))
    }
    return json(body)
  }
  next()
}
