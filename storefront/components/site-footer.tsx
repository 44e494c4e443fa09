import { getTranslations } from "next-intl/server"
import { Link } from "../i18n/navigation"

export async function SiteFooter() {
  const t = await getTranslations("footer")
  return (
    <footer className="site-footer">
      <p>{t("about")}</p>
      <p>
        <Link href="/conditions-de-vente">{t("conditions")}</Link>
      </p>
      <p>{t("contact")}</p>
    </footer>
  )
}
