import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import { completeAccountAction } from "../../../../../actions/account"
import { AccountForm } from "../../../../../components/account/account-form"
import { MessagePage } from "../../../../../components/message-page"
import type { Locale } from "../../../../../i18n/routing"
import { currentCustomer, registrationLinkEmail } from "../../../../../lib/medusa/account"
import { medusaFailure } from "../../../../../lib/medusa/errors"

export async function generateMetadata({ params }: PageProps<"/[locale]/compte/inscription/terminer">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account" })
  // The URL carries the registration link's token: never indexed, never sent as a referrer.
  return { title: t("finishTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" }
}

/** The page of the registration e-mail's link: the account's name, phone and password, for the link's address. */
export default async function FinishRegistrationPage({ params, searchParams }: PageProps<"/[locale]/compte/inscription/terminer">) {
  const locale = (await params).locale as Locale
  setRequestLocale(locale)
  const t = await getTranslations("account")
  if (await currentCustomer()) redirect(`/${locale}/compte`)
  const token = (await searchParams).jeton
  const askAgain = { href: "/compte/inscription", label: t("askNewLink") }
  if (typeof token !== "string" || token.length < 20 || token.length > 2000) {
    return <MessagePage title={t("finishTitle")} text={t("errors.noRegistrationToken")} alert action={askAgain} />
  }
  let email: string
  try {
    email = await registrationLinkEmail(token)
  } catch (error) {
    const { code } = medusaFailure(error)
    const text = code === "link_expired" ? t("errors.registrationLinkExpired") : code === "link_invalid" ? t("errors.noRegistrationToken") : t("errors.unavailable")
    return <MessagePage title={t("finishTitle")} text={text} alert action={askAgain} />
  }
  return (
    <section className="prose">
      <h1>{t("finishTitle")}</h1>
      <p>
        {t.rich("finishIntro", { email: () => <bdi dir="ltr">{email}</bdi> })}
      </p>
      <AccountForm
        action={completeAccountAction}
        hidden={{ jeton: token }}
        submitLabel={t("register")}
        fields={[
          { name: "first_name", label: t("first_name"), autoComplete: "given-name", required: true },
          { name: "last_name", label: t("last_name"), autoComplete: "family-name", required: true },
          { name: "phone", label: t("phone"), type: "tel", autoComplete: "tel", required: true, dir: "ltr" },
          { name: "password", label: t("password"), type: "password", autoComplete: "new-password", required: true, hint: t("passwordHint") },
          { name: "password_repeat", label: t("passwordRepeat"), type: "password", autoComplete: "new-password", required: true },
        ]}
      />
    </section>
  )
}
