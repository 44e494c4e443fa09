import { VISIT_CHANGE_NOTICE_HOURS, visitChangeRefusal } from "@mj-chauffage/shop-kernel/visit-change"
import { isRefusalCode } from "@mj-chauffage/shop-kernel/refusals"
import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { rescheduleVisitAction } from "../../../../../actions/reschedule-visit"
import { SlotPicker } from "../../../../../components/booking/slot-picker"
import { CancelVisitForm } from "../../../../../components/cancel-visit-form"
import { ClientMessages } from "../../../../../components/client-messages"
import { MessagePage } from "../../../../../components/message-page"
import { Price } from "../../../../../components/price"
import type { Locale } from "../../../../../i18n/routing"
import { BOOKING_WEEKS, readBookingChoice } from "../../../../../lib/booking/booking-choice"
import { algiersDay, algiersHours, slotsByDay, weekWindow } from "../../../../../lib/booking/slot-calendar"
import { visitFromLink } from "../../../../../lib/medusa/appointments"
import { listSlots } from "../../../../../lib/medusa/booking"
import { refusalWords } from "../../../../../lib/medusa/refusal-text"

export async function generateMetadata({ params }: PageProps<"/[locale]/reparation/rendez-vous/[id]">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "visit" })
  // The URL carries a token: never indexed, never sent as a referrer.
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" }
}

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "")

/** A repair visit opened from its link: when, where, what; the calendar file; moving and cancelling. */
export default async function VisitPage({ params, searchParams }: PageProps<"/[locale]/reparation/rendez-vous/[id]">) {
  const { locale: raw, id } = await params
  const locale = raw as Locale
  setRequestLocale(locale)
  const t = await getTranslations("visit")
  const query = await searchParams
  const token = one(query.token)
  const found = await visitFromLink(id, token)
  if (!found) {
    return <MessagePage title={t("title")} text={t("errors.notFound")} alert action={{ href: "/reparation", label: t("callUs") }} />
  }
  const { visit, fault } = found
  const cancelled = visit.status === "cancelled"
  // Why the visit can no longer change online (too late, technician out…), in the refusal's own words.
  const refusal = visitChangeRefusal(visit)
  const refused = one(query.refus)
  const refusedText = !refused
    ? ""
    : isRefusalCode(refused)
      ? await refusalWords(refused)
      : refused === "not_found"
        ? t("errors.notFound")
        : refused === "choose"
          ? t("chooseSlot")
          : t("errors.unavailable")
  const justBooked = query.nouveau === "1"
  const pageUrl = `/${locale}/reparation/rendez-vous/${visit.id}?token=${encodeURIComponent(token)}`

  let reschedule: React.ReactNode = null
  if (!refusal) {
    const { week } = readBookingChoice({ semaine: one(query.semaine) })
    const window = weekWindow(new Date(), week)
    const days = slotsByDay(await listSlots(visit.zone_id, visit.fault_type_id, window.from, window.to))
    const weekHref = (to: number) => `${pageUrl}&semaine=${to}#deplacer`
    reschedule = (
      <section aria-labelledby="deplacer">
        <h2 id="deplacer">{t("rescheduleTitle")}</h2>
        <p className="muted">{t("rescheduleText")}</p>
        <form action={rescheduleVisitAction}>
          <input type="hidden" name="id" value={visit.id} />
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="semaine" value={String(week)} />
          <SlotPicker
            days={days}
            window={window}
            selected={null}
            previousHref={week > 0 ? weekHref(week - 1) : null}
            nextHref={week < BOOKING_WEEKS - 1 ? weekHref(week + 1) : null}
          />
          {days.length ? (
            <button type="submit" className="button button--primary">
              {t("reschedule")}
            </button>
          ) : null}
        </form>
      </section>
    )
  }

  return (
    <section className="prose">
      <h1>{justBooked ? t("confirmedTitle") : t("title")}</h1>
      {justBooked ? <p role="status">{t.rich("confirmedText", { email: visit.contact_email, bdi: (chunks) => <bdi dir="ltr">{chunks}</bdi> })}</p> : null}
      {query.deplace === "1" ? (
        <p role="status" className="form-message form-message--done">
          {t("rescheduled")}
        </p>
      ) : null}
      {refusedText ? (
        <p role="alert" className="form-message form-message--error">
          {refusedText}
        </p>
      ) : null}
      <p className={`order-status order-status--${cancelled ? "cancelled" : "pending"}`}>
        {t("status")} : {t(`statuses.${visit.status}`)}
      </p>
      <dl className="specs">
        <dt>{t("when")}</dt>
        <dd>
          {algiersDay(visit.starts_at, locale)}
          {locale === "ar" ? "، " : ", "}
          <bdi dir="ltr">{algiersHours(visit.starts_at, visit.ends_at)}</bdi>
        </dd>
        <dt>{t("where")}</dt>
        <dd>
          {visit.address_1}
          {locale === "ar" ? "، " : ", "}
          {visit.commune} (<bdi dir="ltr">{visit.wilaya_code}</bdi>)
        </dd>
        {fault ? (
          <>
            <dt>{t("fault")}</dt>
            <dd>{locale === "ar" ? fault.label_ar : fault.label_fr}</dd>
            <dt>{t("feeLabel")}</dt>
            <dd>
              <Price amount={fault.visit_fee} locale={locale} />
            </dd>
          </>
        ) : null}
        <dt>{t("description")}</dt>
        <dd>{visit.description}</dd>
        {visit.boiler_brand || visit.boiler_model ? (
          <>
            <dt>{t("boiler")}</dt>
            <dd>
              <bdi>{[visit.boiler_brand, visit.boiler_model].filter(Boolean).join(" ")}</bdi>
            </dd>
          </>
        ) : null}
        {visit.technician_first_name && !cancelled ? (
          <>
            <dt>{t("technician")}</dt>
            <dd>{visit.technician_first_name}</dd>
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
      {justBooked ? (
        <p>
          <a href={pageUrl} className="manage-link" rel="noreferrer">
            {t("manageLink")}
          </a>
        </p>
      ) : null}
      {reschedule}
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
