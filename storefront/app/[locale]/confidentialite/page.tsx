import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { IdentityList } from "../../../components/identity-list"
import { identityValues } from "../../../components/identity-values"
import { SettingToComplete } from "../../../components/setting-to-complete"
import { ShopLink } from "../../../components/shop-link"
import type { Locale } from "../../../i18n/routing"
import { RETENTION } from "../../../lib/legal/retention"
import { showsMissingSettings, shopIdentity } from "../../../lib/shop/shop-identity"

const COLLECTED = ["orders", "cardPayments", "visits", "account", "securityLog", "cookies"] as const
const RECIPIENTS = ["staff", "carriers", "satim", "technician", "messaging", "hosting"] as const

export async function generateMetadata({ params }: PageProps<"/[locale]/confidentialite">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "privacy" })
  return { title: t("title") }
}

/**
 * Loi 18-07: what personal data the shop keeps, why, for how long (the durations the code uses, see
 * lib/legal/retention.ts), who receives it, the ANPDP declaration, and how to use one's rights.
 */
export default async function PrivacyPage({ params }: PageProps<"/[locale]/confidentialite">) {
  const locale = (await params).locale as Locale
  setRequestLocale(locale)
  const t = await getTranslations("privacy")
  const values = identityValues(shopIdentity(), locale)
  const showMissing = showsMissingSettings()
  const retention = [
    t("retention.accounting", { years: RETENTION.accountingYears }),
    t("retention.account"),
    t("retention.session", { minutes: RETENTION.sessionIdleMinutes, days: RETENTION.sessionMaxDays }),
    t("retention.orderLink", { days: RETENTION.orderLinkDays }),
    t("retention.cart", { days: RETENTION.cartCookieDays }),
    t("retention.passwordReset", { minutes: RETENTION.passwordResetMinutes }),
    t("retention.attemptCounters", { minutes: RETENTION.attemptCountersMinutes }),
    t("retention.securityLog", { months: RETENTION.securityLogMonths }),
  ]
  return (
    <article className="prose">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>

      <section aria-labelledby="controller">
        <h2 id="controller">{t("controller.title")}</h2>
        <p>
          {t.rich("controller.text", { notice: (chunks) => <ShopLink href="/mentions-legales">{chunks}</ShopLink> })}
          {values.anpdpDeclaration || showMissing ? ` ${t("controller.declared")}` : null}
        </p>
        <IdentityList
          rows={(["legalName", "address", "email", "anpdpDeclaration"] as const).map((field) => ({ field, content: values[field] }))}
        />
      </section>

      <section aria-labelledby="collected">
        <h2 id="collected">{t("collected.title")}</h2>
        <ul className="legal-list">
          {COLLECTED.map((kind) => (
            <li key={kind}>
              <strong>{t(`collected.${kind}.what`)}</strong> {t(`collected.${kind}.text`)}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="retention">
        <h2 id="retention">{t("retention.title")}</h2>
        <ul className="legal-list">
          {retention.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="recipients">
        <h2 id="recipients">{t("recipients.title")}</h2>
        <p>{t("recipients.intro")}</p>
        <ul className="legal-list">
          {RECIPIENTS.map((recipient) => (
            <li key={recipient}>{t(`recipients.${recipient}`)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="rights">
        <h2 id="rights">{t("rights.title")}</h2>
        <p>{t("rights.text")}</p>
        <ul className="legal-list">
          <li>{t.rich("rights.account", { account: (chunks) => <ShopLink href="/compte/donnees">{chunks}</ShopLink> })}</li>
          {values.email || showMissing ? (
            <li>{t.rich("rights.email", { mail: () => values.email ?? <SettingToComplete variable="SHOP_EMAIL" /> })}</li>
          ) : null}
        </ul>
        <p>{t("rights.complaint")}</p>
      </section>

      <section aria-labelledby="security">
        <h2 id="security">{t("security.title")}</h2>
        <p>{t("security.text")}</p>
      </section>
    </article>
  )
}
