import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import { logInAction } from "../../../../actions/account"
import { AccountForm } from "../../../../components/account/account-form"
import { ShopLink } from "../../../../components/shop-link"
import type { Locale } from "../../../../i18n/routing"
import { safeReturnPath } from "../../../../lib/account/return-path"
import { currentCustomer } from "../../../../lib/medusa/account"

export async function generateMetadata({ params }: PageProps<"/[locale]/compte/connexion">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account" })
  return { title: t("loginTitle"), robots: { index: false } }
}

export default async function LoginPage({ params, searchParams }: PageProps<"/[locale]/compte/connexion">) {
  const locale = (await params).locale as Locale
  setRequestLocale(locale)
  const t = await getTranslations("account")
  const requested = (await searchParams).retour
  const returnPath = safeReturnPath(typeof requested === "string" ? requested : "", locale)
  if (await currentCustomer()) redirect(returnPath)
  return (
    <section className="prose">
      <h1>{t("loginTitle")}</h1>
      <AccountForm
        action={logInAction}
        hidden={{ retour: returnPath }}
        submitLabel={t("logIn")}
        fields={[
          { name: "email", label: t("email"), type: "email", autoComplete: "email", required: true, dir: "ltr" },
          { name: "password", label: t("password"), type: "password", autoComplete: "current-password", required: true },
        ]}
      />
      <p>
        <ShopLink href="/compte/mot-de-passe-oublie">{t("forgot")}</ShopLink>
      </p>
      <p>
        {t("noAccount")} <ShopLink href="/compte/inscription">{t("register")}</ShopLink>
      </p>
    </section>
  )
}
