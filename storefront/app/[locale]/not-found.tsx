import { getTranslations } from "next-intl/server"
import { ShopLink } from "../../components/shop-link"

export default async function NotFound() {
  const t = await getTranslations("errors")
  return (
    <section className="message-page">
      <h1>{t("notFoundTitle")}</h1>
      <p>{t("notFoundText")}</p>
      <ShopLink className="button" href="/">
        {t("backHome")}
      </ShopLink>
    </section>
  )
}
