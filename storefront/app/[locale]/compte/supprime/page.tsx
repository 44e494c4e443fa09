import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { MessagePage } from "../../../../components/message-page"
import type { Locale } from "../../../../i18n/routing"

export async function generateMetadata({ params }: PageProps<"/[locale]/compte/supprime">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "myData" })
  return { title: t("erasedTitle"), robots: { index: false } }
}

export default async function AccountErasedPage({ params }: PageProps<"/[locale]/compte/supprime">) {
  setRequestLocale((await params).locale as Locale)
  const t = await getTranslations("myData")
  return <MessagePage title={t("erasedTitle")} text={t("erasedText")} action={{ href: "/", label: t("backHome") }} />
}
