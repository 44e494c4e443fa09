import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "../../../i18n/routing"
import { CONDITIONS_VERSION } from "../../../lib/checkout/conditions"

const SECTIONS = ["seller", "prices", "order", "delivery", "payment", "withdrawal", "warranty", "data"] as const

export async function generateMetadata({ params }: PageProps<"/[locale]/conditions-de-vente">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "conditions" })
  return { title: t("title") }
}

export default async function ConditionsPage({ params }: PageProps<"/[locale]/conditions-de-vente">) {
  setRequestLocale((await params).locale as Locale)
  const t = await getTranslations("conditions")
  return (
    <article className="prose">
      <h1>{t("title")}</h1>
      <p className="muted">{t("version", { version: CONDITIONS_VERSION })}</p>
      {SECTIONS.map((section) => (
        <section key={section}>
          <h2>{t(`${section}.title`)}</h2>
          <p>{t(`${section}.text`)}</p>
        </section>
      ))}
    </article>
  )
}
