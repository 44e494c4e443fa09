import { getTranslations } from "next-intl/server"

/** Development only: the place of a shop setting still to fill in, named so the developer finds it. */
export async function SettingToComplete({ variable }: { variable: string }) {
  const t = await getTranslations("settings")
  return (
    <span className="setting-to-complete">
      {t("toComplete")} <bdi dir="ltr">{variable}</bdi>
    </span>
  )
}
