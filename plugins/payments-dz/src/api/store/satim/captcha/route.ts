import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SATIM_MODULE } from "../../../../modules/satim"
import type SatimModuleService from "../../../../modules/satim/service"
import type { StoreSatimCaptchaQueryType } from "../validators"

/** A captcha challenge for the pay step of this cart (ALTCHA format, valid 10 minutes, single use). */
export async function GET(req: MedusaRequest<unknown, StoreSatimCaptchaQueryType>, res: MedusaResponse) {
  const satim = req.scope.resolve<SatimModuleService>(SATIM_MODULE)
  res.set("cache-control", "no-store")
  res.json(await satim.captchaChallenge(req.validatedQuery.cart_id))
}
