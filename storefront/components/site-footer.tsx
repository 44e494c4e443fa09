import { getTranslations } from "next-intl/server"
import { ShopLink } from "./shop-link"

export async function SiteFooter() {
  const t = await getTranslations("footer")
  return (
    <footer className="site-footer">
      <p>{t("about")}</p>
      <p>
        <ShopLink href="/conditions-de-vente">{t("conditions")}</ShopLink>
      </p>
      <p>{t("contact")}</p>
    </footer>
  )
}
