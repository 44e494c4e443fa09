"use client"
import { useLocale, useTranslations } from "next-intl"

/** Loi 18-05: the box the customer ticks to accept this version of the conditions of sale (linked). */
export function ConditionsCheckbox({ version }: { version: string }) {
  const t = useTranslations("checkout")
  const locale = useLocale()
  return (
    <>
      <input type="hidden" name="conditions_version" value={version} />
      <label className="check">
        <input type="checkbox" name="accept_conditions" required />
        <span>
          {t.rich("acceptConditions", {
            version,
            link: (chunks) => (
              <a href={`/${locale}/conditions-de-vente`} target="_blank" rel="noopener">
                {chunks}
              </a>
            ),
          })}
        </span>
      </label>
    </>
  )
}
