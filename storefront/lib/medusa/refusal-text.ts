import "server-only"
import { getTranslations } from "next-intl/server"
import { VISIT_CHANGE_NOTICE_HOURS } from "@mj-chauffage/shop-kernel/visit-change"
import { medusaFailure } from "./errors"

/**
 * What to tell the customer when Medusa refused: the words of its refusal code in the page's
 * language (messages, namespace `refusals`), or `fallback` when there is no code (Medusa or the
 * network failed: say the shop does not answer). Never the message text.
 */
export async function refusalText(error: unknown, fallback: string): Promise<string> {
  const { code } = medusaFailure(error)
  if (!code) return fallback
  const t = await getTranslations("refusals")
  return t(code, { hours: VISIT_CHANGE_NOTICE_HOURS })
}
