import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { newPasswordAction } from "../../../../actions/account"
import { AccountForm } from "../../../../components/account/account-form"
import { MessagePage } from "../../../../components/message-page"
import { ShopLink } from "../../../../components/shop-link"
import type { Locale } from "../../../../i18n/routing"

export async function generateMetadata({ params }: PageProps<"/[locale]/compte/nouveau-mot-de-passe">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account" })
  // The URL carries the reset token: never indexed, never sent as a referrer.
  return { title: t("newPasswordTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" }
}

/** The page of the reset e-mail's link: a new password, typed twice. The token works once. */
export default async function NewPasswordPage({ params, searchParams }: PageProps<"/[locale]/compte/nouveau-mot-de-passe">) {
  setRequestLocale((await params).locale as Locale)
  const t = await getTranslations("account")
  const token = (await searchParams).token
  if (typeof token !== "string" || token.length < 20 || token.length > 4000) {
    return <MessagePage title={t("newPasswordTitle")} text={t("errors.noResetToken")} alert action={{ href: "/compte/mot-de-passe-oublie", label: t("forgotTitle") }} />
  }
  return (
    <section className="prose">
      <h1>{t("newPasswordTitle")}</h1>
      <AccountForm
        action={newPasswordAction}
        hidden={{ token }}
        submitLabel={t("savePassword")}
        fields={[
          { name: "password", label: t("newPassword"), type: "password", autoComplete: "new-password", required: true, hint: t("passwordHint") },
          { name: "password_repeat", label: t("passwordRepeat"), type: "password", autoComplete: "new-password", required: true },
        ]}
      />
      <p>
        <ShopLink href="/compte/connexion">{t("logIn")}</ShopLink>
      </p>
    </section>
  )
}
