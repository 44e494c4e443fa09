import { SHOP_IDENTITY_VARIABLES } from "@mj-chauffage/shop-kernel/shop-identity"
import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { presentRows, type IdentityRow } from "../lib/legal/present-rows"
import { showsMissingSettings } from "../lib/shop/shop-identity"
import { SettingToComplete } from "./setting-to-complete"

/**
 * Values of the shop's identity as a list of label and value. A value not configured reads "à compléter"
 * with its setting's name in development, and is left out in production.
 */
export async function IdentityList({ rows }: { rows: IdentityRow<ReactNode>[] }) {
  const t = await getTranslations("legalNotice.fields")
  const shown = presentRows(rows, showsMissingSettings())
  if (!shown.length) return null
  return (
    <dl className="legal-identity">
      {shown.map(({ field, content }) => (
        <div key={field}>
          <dt>{t(field)}</dt>
          <dd>{content ?? <SettingToComplete variable={SHOP_IDENTITY_VARIABLES[field]} />}</dd>
        </div>
      ))}
    </dl>
  )
}
