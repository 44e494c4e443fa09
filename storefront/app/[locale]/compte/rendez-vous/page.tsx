import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { AccountNav } from "../../../../components/account/account-nav"
import { ShopLink } from "../../../../components/shop-link"
import type { Locale } from "../../../../i18n/routing"
import { requireCustomer } from "../../../../lib/account/require-customer"
import { algiersDay, algiersHours } from "../../../../lib/booking/slot-calendar"
import { listFaultTypes } from "../../../../lib/medusa/booking"
import { customerVisits } from "../../../../lib/medusa/customer-visits"

export async function generateMetadata({ params }: PageProps<"/[locale]/compte/rendez-vous">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account" })
  return { title: t("visitsTitle"), robots: { index: false } }
}

/** The customer's repair visits; each opens its page (move, cancel) through the session, no link needed. */
export default async function AccountVisitsPage({ params }: PageProps<"/[locale]/compte/rendez-vous">) {
  const locale = (await params).locale as Locale
  setRequestLocale(locale)
  const t = await getTranslations("account")
  const statuses = await getTranslations("visit.statuses")
  await requireCustomer(locale, `/${locale}/compte/rendez-vous`)
  const [visits, faultTypes] = await Promise.all([customerVisits(), listFaultTypes()])
  const faultOf = (id: string) => faultTypes.find((fault) => fault.id === id)
  return (
    <section className="prose">
      <h1>{t("visitsTitle")}</h1>
      <AccountNav />
      {visits.length ? (
        <ul className="visit-list">
          {visits.map((visit) => {
            const fault = faultOf(visit.fault_type_id)
            return (
              <li key={visit.id}>
                <strong>{algiersDay(visit.starts_at, locale)}</strong> <bdi dir="ltr">{algiersHours(visit.starts_at, visit.ends_at)}</bdi>
                <br />
                {fault ? (locale === "ar" ? fault.label_ar : fault.label_fr) : null} · {statuses(visit.status)} ·{" "}
                <ShopLink href={`/reparation/rendez-vous/${visit.id}`}>{t("manage")}</ShopLink>
              </li>
            )
          })}
        </ul>
      ) : (
        <p>{t("noVisits")}</p>
      )}
      <p>
        <ShopLink href="/reparation" className="button">
          {t("bookVisit")}
        </ShopLink>
      </p>
    </section>
  )
}
