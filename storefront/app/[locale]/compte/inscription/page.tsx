import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import { requestAccountAction } from "../../../../actions/account"
import { AccountForm } from "../../../../components/account/account-form"
import { ShopLink } from "../../../../components/shop-link"
import type { Locale } from "../../../../i18n/routing"
import { currentCustomer } from "../../../../lib/medusa/account"

export async function generateMetadata({ params }: PageProps<"/[locale]/compte/inscription">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account" })
  return { title: t("registerTitle") }
}

/**
 * Registration starts with the e-mail address alone: the e-mail that follows holds the link that opens
 * the account (or says the address has one), so the page never tells anyone who is a customer.
 */
export default async function RegisterPage({ params }: PageProps<"/[locale]/compte/inscription">) {
  const locale = (await params).locale as Locale
  setRequestLocale(locale)
  const t = await getTranslations("account")
  if (await currentCustomer()) redirect(`/${locale}/compte`)
  return (
    <section className="prose">
      <h1>{t("registerTitle")}</h1>
      <p>{t("registerIntro")}</p>
      <AccountForm
        action={requestAccountAction}
        submitLabel={t("sendRegistrationLink")}
        fields={[{ name: "email", label: t("email"), type: "email", autoComplete: "email", required: true, dir: "ltr" }]}
      />
      <p>
        {t("haveAccount")} <ShopLink href="/compte/connexion">{t("logIn")}</ShopLink>
      </p>
    </section>
  )
}
