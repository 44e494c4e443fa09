import "server-only"
import { getTranslations } from "next-intl/server"
import type { ShopLocale } from "@mj-chauffage/shop-kernel/locale"
import type { RefusalCode } from "@mj-chauffage/shop-kernel/refusals"
import { VISIT_CHANGE_NOTICE_HOURS } from "@mj-chauffage/shop-kernel/visit-change"
import { medusaFailure } from "./errors"

/**
 * What to tell the customer when Medusa refused: the words of its refusal code in the page's
 * language (messages, namespace `refusals`), or `fallback` when there is no code (Medusa or the
 * network failed: say the shop does not answer). Never the message text.
 */
export async function refusalText(error: unknown, fallback: string): Promise<string> {
  const { code } = medusaFailure(error)
  return code ? refusalWords(code) : fallback
}

/**
 * The customer's words for a refusal code, in the page's language (also for refusals the storefront
 * decides itself); a route handler, which has no page, names the language.
 */
export async function refusalWords(code: RefusalCode, locale?: ShopLocale): Promise<string> {
  const t = locale ? await getTranslations({ locale, namespace: "refusals" }) : await getTranslations("refusals")
  return t(code, { hours: VISIT_CHANGE_NOTICE_HOURS })
}
