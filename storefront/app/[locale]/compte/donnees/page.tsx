import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { AccountNav } from "../../../../components/account/account-nav"
import { EraseAccountForm } from "../../../../components/account/erase-account-form"
import { MarketingConsentForm } from "../../../../components/account/marketing-consent-form"
import { ClientMessages } from "../../../../components/client-messages"
import type { Locale } from "../../../../i18n/routing"
import { requireCustomer } from "../../../../lib/account/require-customer"
import { algiersDay } from "../../../../lib/booking/slot-calendar"
import { marketingConsentOf } from "../../../../lib/medusa/account"

export async function generateMetadata({ params }: PageProps<"/[locale]/compte/donnees">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "myData" })
  return { title: t("title"), robots: { index: false } }
}

/** The customer's rights under Loi 18-07, exercised here: access (download), consent, erasure. */
export default async function MyDataPage({ params }: PageProps<"/[locale]/compte/donnees">) {
  const locale = (await params).locale as Locale
  setRequestLocale(locale)
  const t = await getTranslations("myData")
  const customer = await requireCustomer(locale, `/${locale}/compte/donnees`)
  const consent = marketingConsentOf(customer)
  return (
    <section className="prose">
      <h1>{t("title")}</h1>
      <AccountNav />
      <p>{t("intro")}</p>
      <h2>{t("downloadTitle")}</h2>
      <p>
        <a className="button" href="/api/compte/donnees" download>
          {t("download")}
        </a>
      </p>
      <h2>{t("consentTitle")}</h2>
      <p className="muted">
        {consent ? t(consent.given ? "consentGivenOn" : "consentRefusedOn", { date: algiersDay(consent.at, locale) }) : t("consentNever")}
      </p>
      <ClientMessages namespaces={["myData"]}>
        <MarketingConsentForm given={consent?.given ?? false} />
      </ClientMessages>
      <h2>{t("eraseTitle")}</h2>
      <p>{t("eraseText")}</p>
      <ClientMessages namespaces={["myData"]}>
        <EraseAccountForm />
      </ClientMessages>
    </section>
  )
}
