import { getTranslations } from "next-intl/server"
import { logOutAction } from "../../actions/account"
import { ShopLink } from "../shop-link"

/** The account's sections and the logout button (a form: it works without JavaScript). */
export async function AccountNav() {
  const t = await getTranslations("account")
  return (
    <nav aria-label={t("sections")} className="account-nav">
      <ShopLink href="/compte">{t("title")}</ShopLink>
      <ShopLink href="/compte/commandes">{t("ordersTitle")}</ShopLink>
      <ShopLink href="/compte/rendez-vous">{t("visitsTitle")}</ShopLink>
      <ShopLink href="/compte/adresses">{t("addressesTitle")}</ShopLink>
      <ShopLink href="/compte/donnees">{t("dataTitle")}</ShopLink>
      <form action={logOutAction}>
        <button type="submit" className="button button--link">
          {t("logOut")}
        </button>
      </form>
    </nav>
  )
}
