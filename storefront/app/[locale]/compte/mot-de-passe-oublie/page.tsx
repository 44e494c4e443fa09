import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { forgotPasswordAction } from "../../../../actions/account"
import { AccountForm } from "../../../../components/account/account-form"
import type { Locale } from "../../../../i18n/routing"

export async function generateMetadata({ params }: PageProps<"/[locale]/compte/mot-de-passe-oublie">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account" })
  return { title: t("forgotTitle"), robots: { index: false } }
}

export default async function ForgotPasswordPage({ params }: PageProps<"/[locale]/compte/mot-de-passe-oublie">) {
  setRequestLocale((await params).locale as Locale)
  const t = await getTranslations("account")
  return (
    <section className="prose">
      <h1>{t("forgotTitle")}</h1>
      <p>{t("resetIntro")}</p>
      <AccountForm
        action={forgotPasswordAction}
        submitLabel={t("sendReset")}
        fields={[{ name: "email", label: t("email"), type: "email", autoComplete: "email", required: true, dir: "ltr" }]}
      />
    </section>
  )
}
