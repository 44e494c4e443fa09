import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import { registerAction } from "../../../../actions/account"
import { AccountForm } from "../../../../components/account/account-form"
import { ShopLink } from "../../../../components/shop-link"
import type { Locale } from "../../../../i18n/routing"
import { currentCustomer } from "../../../../lib/medusa/account"

export async function generateMetadata({ params }: PageProps<"/[locale]/compte/inscription">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account" })
  return { title: t("registerTitle") }
}

export default async function RegisterPage({ params }: PageProps<"/[locale]/compte/inscription">) {
  const locale = (await params).locale as Locale
  setRequestLocale(locale)
  const t = await getTranslations("account")
  if (await currentCustomer()) redirect(`/${locale}/compte`)
  return (
    <section className="prose">
      <h1>{t("registerTitle")}</h1>
      <AccountForm
        action={registerAction}
        submitLabel={t("register")}
        fields={[
          { name: "first_name", label: t("first_name"), autoComplete: "given-name", required: true },
          { name: "last_name", label: t("last_name"), autoComplete: "family-name", required: true },
          { name: "email", label: t("email"), type: "email", autoComplete: "email", required: true, dir: "ltr" },
          { name: "phone", label: t("phone"), type: "tel", autoComplete: "tel", required: true, dir: "ltr" },
          { name: "password", label: t("password"), type: "password", autoComplete: "new-password", required: true, hint: t("passwordHint") },
          { name: "password_repeat", label: t("passwordRepeat"), type: "password", autoComplete: "new-password", required: true },
        ]}
      />
      <p>
        {t("haveAccount")} <ShopLink href="/compte/connexion">{t("logIn")}</ShopLink>
      </p>
    </section>
  )
}
