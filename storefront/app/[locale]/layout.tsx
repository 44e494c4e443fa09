import { storefrontUrl } from "@mj-chauffage/shop-kernel/storefront-url"
import type { Metadata } from "next"
import { hasLocale, NextIntlClientProvider } from "next-intl"
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server"
import { connection } from "next/server"
import { notFound } from "next/navigation"
import { SiteFooter } from "../../components/site-footer"
import { SiteHeader } from "../../components/site-header"
import { routing } from "../../i18n/routing"
import { arabicFont, latinFont } from "../../lib/fonts"
import "../globals.css"

// The error page is the only client component of every page; forms get their texts where they are used.
const CLIENT_NAMESPACES = ["errors"] as const

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "meta" })
  return {
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("description"),
    metadataBase: new URL(storefrontUrl()),
    alternates: { languages: { fr: "/fr", ar: "/ar" } },
  }
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  // Every page renders per request: its scripts carry this request's CSP nonce (see proxy.ts).
  await connection()
  const t = await getTranslations({ locale, namespace: "nav" })
  const messages = await getMessages()
  // Client components get only the texts they use, not the whole catalogue of messages.
  const clientMessages = Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]]))
  return (
    <html lang={locale} dir={locale === "ar" ? "rtl" : "ltr"} className={`${latinFont.variable} ${arabicFont.variable}`}>
      <body>
        <a className="skip-link" href="#content">
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider messages={clientMessages}>
          <SiteHeader />
          <main id="content" className="page">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
