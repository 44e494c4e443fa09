import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "../../../i18n/routing"

export async function generateMetadata({ params }: PageProps<"/[locale]/reparation">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "repair" })
  return { title: t("title") }
}

/** Until online booking opens on the storefront, repair visits are booked by phone. */
export default async function RepairPage({ params }: PageProps<"/[locale]/reparation">) {
  setRequestLocale((await params).locale as Locale)
  const t = await getTranslations("repair")
  // The shop's number is configuration (SHOP_PHONE), not code.
  const phone = process.env.SHOP_PHONE
  return (
    <section className="message-page">
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      {phone ? (
        <p>
          <a className="button button--primary" href={`tel:${phone.replace(/[^+\d]/g, "")}`}>
            {t("call")} <bdi dir="ltr">{phone}</bdi>
          </a>
        </p>
      ) : null}
      <p className="muted">{t("hours")}</p>
    </section>
  )
}
