import { getTranslations } from "next-intl/server"
import { ShopContact } from "./shop-contact"
import { ShopLink } from "./shop-link"

export async function SiteFooter() {
  const t = await getTranslations("footer")
  return (
    <footer className="site-footer">
      <p>{t("about")}</p>
      <ShopContact />
      <nav aria-label={t("legalLinks")}>
        <ul className="site-footer__links">
          <li>
            <ShopLink href="/mentions-legales">{t("legalNotice")}</ShopLink>
          </li>
          <li>
            <ShopLink href="/confidentialite">{t("privacy")}</ShopLink>
          </li>
          <li>
            <ShopLink href="/conditions-de-vente">{t("conditions")}</ShopLink>
          </li>
        </ul>
      </nav>
      <p>{t("contact")}</p>
    </footer>
  )
}
