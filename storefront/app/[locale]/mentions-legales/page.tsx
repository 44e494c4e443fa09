import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { IdentityList } from "../../../components/identity-list"
import { identityValues } from "../../../components/identity-values"
import { ShopLink } from "../../../components/shop-link"
import type { Locale } from "../../../i18n/routing"
import { showsMissingSettings, shopIdentity } from "../../../lib/shop/shop-identity"

export async function generateMetadata({ params }: PageProps<"/[locale]/mentions-legales">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "legalNotice" })
  return { title: t("title") }
}

/** Loi 18-05: who sells (RC, NIF, NIS, AI, address, phone, e-mail) and who hosts, from the SHOP_* settings. */
export default async function LegalNoticePage({ params }: PageProps<"/[locale]/mentions-legales">) {
  const locale = (await params).locale as Locale
  setRequestLocale(locale)
  const t = await getTranslations("legalNotice")
  const values = identityValues(shopIdentity(), locale)
  return (
    <article className="prose">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <section aria-labelledby="publisher">
        <h2 id="publisher">{t("publisher")}</h2>
        <IdentityList
          rows={(["legalName", "address", "rc", "nif", "nis", "articleImposition", "phone", "whatsapp", "email"] as const).map((field) => ({
            field,
            content: values[field],
          }))}
        />
      </section>
      {values.hostingProvider || showsMissingSettings() ? (
        <section aria-labelledby="hosting">
          <h2 id="hosting">{t("hosting")}</h2>
          <IdentityList rows={[{ field: "hostingProvider", content: values.hostingProvider }]} />
        </section>
      ) : null}
      <section aria-labelledby="personal-data">
        <h2 id="personal-data">{t("dataTitle")}</h2>
        <IdentityList rows={[{ field: "anpdpDeclaration", content: values.anpdpDeclaration }]} />
        <p>{t.rich("dataText", { privacy: (chunks) => <ShopLink href="/confidentialite">{chunks}</ShopLink> })}</p>
      </section>
      <section aria-labelledby="conditions">
        <h2 id="conditions">{t("conditionsTitle")}</h2>
        <p>{t.rich("conditionsText", { conditions: (chunks) => <ShopLink href="/conditions-de-vente">{chunks}</ShopLink> })}</p>
      </section>
    </article>
  )
}
