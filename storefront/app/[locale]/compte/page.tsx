import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { profileAction } from "../../../actions/account"
import { AccountForm } from "../../../components/account/account-form"
import { AccountNav } from "../../../components/account/account-nav"
import type { Locale } from "../../../i18n/routing"
import { requireCustomer } from "../../../lib/account/require-customer"

export async function generateMetadata({ params }: PageProps<"/[locale]/compte">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account" })
  return { title: t("title"), robots: { index: false } }
}

/** The account's home: who is logged in, their details, the way to orders and visits. */
export default async function AccountPage({ params }: PageProps<"/[locale]/compte">) {
  const locale = (await params).locale as Locale
  setRequestLocale(locale)
  const t = await getTranslations("account")
  const customer = await requireCustomer(locale, `/${locale}/compte`)
  return (
    <section className="prose">
      <h1>{t("hello", { name: customer.first_name ?? "" })}</h1>
      <AccountNav />
      <h2>{t("profileTitle")}</h2>
      <p>
        <bdi dir="ltr">{customer.email}</bdi>
      </p>
      <AccountForm
        action={profileAction}
        submitLabel={t("saveProfile")}
        fields={[
          { name: "first_name", label: t("first_name"), autoComplete: "given-name", required: true, defaultValue: customer.first_name ?? "" },
          { name: "last_name", label: t("last_name"), autoComplete: "family-name", required: true, defaultValue: customer.last_name ?? "" },
          { name: "phone", label: t("phone"), type: "tel", autoComplete: "tel", required: true, dir: "ltr", defaultValue: customer.phone ?? "" },
        ]}
      />
    </section>
  )
}
