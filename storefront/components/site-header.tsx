import { getTranslations } from "next-intl/server"
import { ShopLink } from "./shop-link"
import { cartItemCount } from "../lib/medusa/cart"
import { LanguageSwitch } from "./language-switch"
import { SearchForm } from "./search-form"
import { sessionToken } from "../lib/account/session"

export async function SiteHeader() {
  const t = await getTranslations("nav")
  // The header must not fail the page: an unreachable cart shows as empty.
  const count = await cartItemCount().catch(() => 0)
  // The cookie alone decides the words (no Medusa call per page); the account page checks the session.
  const loggedIn = (await sessionToken()) !== null
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <ShopLink href="/" className="brand-mark">
          <span aria-hidden="true" className="brand-mark__flame" />
          {t("shopName")}
        </ShopLink>
        <SearchForm />
        <nav aria-label={t("mainNavigation")} className="site-nav">
          <ShopLink href="/categories">{t("catalogue")}</ShopLink>
          <ShopLink href="/marques">{t("brands")}</ShopLink>
          <ShopLink href="/compte">{loggedIn ? t("account") : t("logIn")}</ShopLink>
          <ShopLink href="/panier" className="cart-link">
            {t("cart")} <span className="cart-link__count">{t("cartCount", { count })}</span>
          </ShopLink>
          <LanguageSwitch />
        </nav>
      </div>
    </header>
  )
}
