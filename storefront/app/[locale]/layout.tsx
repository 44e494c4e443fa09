import type { Metadata } from "next"
import { hasLocale, NextIntlClientProvider } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { connection } from "next/server"
import { notFound } from "next/navigation"
import type { ReactNode } from "react"
import { SiteFooter } from "../../components/site-footer"
import { SiteHeader } from "../../components/site-header"
import { routing } from "../../i18n/routing"
import { arabicFont, latinFont } from "../../lib/fonts"
import "../globals.css"

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "meta" })
  return {
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("description"),
    metadataBase: new URL(process.env.STOREFRONT_URL || "http://localhost:8000"),
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
  return (
    <html lang={locale} dir={locale === "ar" ? "rtl" : "ltr"} className={`${latinFont.variable} ${arabicFont.variable}`}>
      <body>
        <a className="skip-link" href="#content">
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider>
          <SiteHeader locale={locale} />
          <main id="content" className="page">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
