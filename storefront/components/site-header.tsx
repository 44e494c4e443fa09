import { getTranslations } from "next-intl/server"
import { ShopLink } from "./shop-link"
import type { Locale } from "../i18n/routing"
import { currentCart } from "../lib/medusa/cart"
import { LanguageSwitch } from "./language-switch"
import { SearchForm } from "./search-form"

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations("nav")
  const cart = await currentCart(locale).catch(() => null)
  const count = cart?.count ?? 0
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
          <ShopLink href="/panier" className="cart-link">
            {t("cart")} <span className="cart-link__count">{t("cartCount", { count })}</span>
          </ShopLink>
          <LanguageSwitch />
        </nav>
      </div>
    </header>
  )
}
