import { VISIT_CHANGE_NOTICE_HOURS, visitChangeRefusal } from "@mj-chauffage/shop-kernel/visit-change"
import type { Metadata } from "next"
import { ClientMessages } from "../../../../../components/client-messages"
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server"
import { CancelVisitForm } from "../../../../../components/cancel-visit-form"
import { MessagePage } from "../../../../../components/message-page"
import type { Locale } from "../../../../../i18n/routing"
import { visitFromLink } from "../../../../../lib/medusa/appointments"
import { refusalWords } from "../../../../../lib/medusa/refusal-text"

export async function generateMetadata({ params }: PageProps<"/[locale]/reparation/rendez-vous/[id]">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "visit" })
  // The URL carries a token: never indexed, never sent as a referrer.
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" }
}

/** A repair visit opened from its e-mail link: when, where, what; the calendar file; cancellation. */
export default async function VisitPage({ params, searchParams }: PageProps<"/[locale]/reparation/rendez-vous/[id]">) {
  const { locale: raw, id } = await params
  const locale = raw as Locale
  setRequestLocale(locale)
  const t = await getTranslations("visit")
  const format = await getFormatter()
  const tokenParam = (await searchParams).token
  const token = typeof tokenParam === "string" ? tokenParam : ""
  const found = await visitFromLink(id, token)
  if (!found) {
    return <MessagePage title={t("title")} text={t("errors.notFound")} alert action={{ href: "/reparation", label: t("callUs") }} />
  }
  const { visit, fault } = found
  const start = new Date(visit.starts_at)
  const end = new Date(visit.ends_at)
  const cancelled = visit.status === "cancelled"
  // Why the visit can no longer change online (too late, technician out…), in the refusal's own words.
  const refusal = visitChangeRefusal(visit)
  return (
    <section className="prose">
      <h1>{t("title")}</h1>
      <p className={`order-status order-status--${cancelled ? "cancelled" : "pending"}`}>
        {t("status")} : {t(`statuses.${visit.status}`)}
      </p>
      <dl className="specs">
        <dt>{t("when")}</dt>
        <dd>
          {format.dateTime(start, { weekday: "long", day: "numeric", month: "long", year: "numeric", numberingSystem: "latn" })},{" "}
          <bdi dir="ltr">
            {format.dateTime(start, { hour: "2-digit", minute: "2-digit", numberingSystem: "latn" })}–{format.dateTime(end, { hour: "2-digit", minute: "2-digit", numberingSystem: "latn" })}
          </bdi>
        </dd>
        <dt>{t("where")}</dt>
        <dd>
          {visit.address_1}, {visit.commune} ({visit.wilaya_code})
        </dd>
        {fault ? (
          <>
            <dt>{t("fault")}</dt>
            <dd>{locale === "ar" ? fault.label_ar : fault.label_fr}</dd>
          </>
        ) : null}
        {cancelled && visit.cancellation_reason ? (
          <>
            <dt>{t("reasonGiven")}</dt>
            <dd>{visit.cancellation_reason}</dd>
          </>
        ) : null}
      </dl>
      {!cancelled ? (
        <p>
          <a className="button" href={`/api/rendez-vous/${visit.id}/calendrier?token=${encodeURIComponent(token)}`} rel="noreferrer">
            {t("addToCalendar")}
          </a>
        </p>
      ) : null}
      {!refusal ? (
        <section aria-labelledby="cancel-visit">
          <h2 id="cancel-visit">{t("cancelTitle")}</h2>
          <p className="muted">{t("rule", { hours: VISIT_CHANGE_NOTICE_HOURS })}</p>
          <ClientMessages namespaces={["visit"]}>
            <CancelVisitForm id={visit.id} token={token} />
          </ClientMessages>
        </section>
      ) : !cancelled ? (
        <p className="muted">{await refusalWords(refusal)}</p>
      ) : null}
    </section>
  )
}
