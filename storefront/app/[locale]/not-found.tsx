import { getTranslations } from "next-intl/server"
import { Link } from "../../i18n/navigation"

export default async function NotFound() {
  const t = await getTranslations("errors")
  return (
    <section className="message-page">
      <h1>{t("notFoundTitle")}</h1>
      <p>{t("notFoundText")}</p>
      <Link className="button" href="/">
        {t("backHome")}
      </Link>
    </section>
  )
}
