import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { VISIT_CHANGE_NOTICE_HOURS } from "@mj-chauffage/shop-kernel/visit-change"
import { ClientMessages } from "../../../components/client-messages"
import { BookingSteps } from "../../../components/booking/booking-steps"
import { BookingSummary } from "../../../components/booking/booking-summary"
import { ConfirmVisitForm } from "../../../components/booking/confirm-visit-form"
import { FaultStep } from "../../../components/booking/fault-step"
import { HiddenChoice } from "../../../components/booking/hidden-choice"
import { PlaceStep } from "../../../components/booking/place-step"
import { SlotPicker } from "../../../components/booking/slot-picker"
import { VisitDetailsForm } from "../../../components/booking/visit-details-form"
import { Price } from "../../../components/price"
import { ShopContact } from "../../../components/shop-contact"
import type { Locale } from "../../../i18n/routing"
import { BOOKING_WEEKS, bookingQuery, bookingStep, readBookingChoice } from "../../../lib/booking/booking-choice"
import { slotsByDay, weekWindow } from "../../../lib/booking/slot-calendar"
import { readVisitDraft } from "../../../lib/booking/visit-draft-cookie"
import { servedWilayas, zoneForPlace } from "../../../lib/booking/zone-for-place"
import { accountVisitDefaults } from "../../../lib/account/visit-defaults"
import { listBookingZones, listFaultTypes, listSlots } from "../../../lib/medusa/booking"
import { refusalWords } from "../../../lib/medusa/refusal-text"
import { listCommunes, listWilayas } from "../../../lib/medusa/territory"

export async function generateMetadata({ params }: PageProps<"/[locale]/reparation">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "booking" })
  return { title: t("title") }
}

/**
 * Booking a repair visit: commune → fault → slot → details → review → confirm. Each step is a
 * server-rendered form; the answers travel in the query string (the details in an HttpOnly cookie).
 */
export default async function RepairBookingPage({ params, searchParams }: PageProps<"/[locale]/reparation">) {
  const locale = (await params).locale as Locale
  setRequestLocale(locale)
  const t = await getTranslations("booking")
  const query = await searchParams
  const choice = readBookingChoice(query)

  const [zones, wilayas, faultTypes] = await Promise.all([listBookingZones(), listWilayas(), listFaultTypes()])
  const served = servedWilayas(zones)
  if (choice.wilaya && !served.has(choice.wilaya)) choice.wilaya = null
  const communes = choice.wilaya ? (await listCommunes(choice.wilaya)).filter((commune) => zoneForPlace(zones, choice.wilaya!, commune.id)) : []
  const commune = communes.find((candidate) => candidate.name_fr === choice.commune) ?? null
  if (!commune) choice.commune = null
  const fault = faultTypes.find((candidate) => candidate.id === choice.fault) ?? null
  if (!fault) choice.fault = null
  const draft = await readVisitDraft()
  const step = bookingStep(choice, query.etape === "verifier" && draft !== null)
  const slotEnd = choice.slot && fault ? new Date(Date.parse(choice.slot) + fault.duration_minutes * 60_000).toISOString() : null
  const base = `/${locale}/reparation`

  let body: React.ReactNode
  if (step === "place") {
    body = <PlaceStep choice={choice} wilayas={wilayas.filter((wilaya) => served.has(wilaya.code))} communes={communes} />
  } else if (step === "fault") {
    body = <FaultStep choice={choice} faultTypes={faultTypes} />
  } else if (step === "slot") {
    const zone = zoneForPlace(zones, choice.wilaya!, commune!.id)!
    const window = weekWindow(new Date(), choice.week)
    const days = slotsByDay(await listSlots(zone.id, fault!.id, window.from, window.to))
    const weekHref = (week: number) => `${base}${bookingQuery({ ...choice, week, slot: null })}`
    body = (
      <form method="get" className="booking-step">
        {query.pris === "1" ? (
          <p role="alert" className="form-message form-message--error">
            {await refusalWords("slot_unavailable")}
          </p>
        ) : null}
        <h2>{t("slotTitle")}</h2>
        <HiddenChoice choice={choice} omit={["slot"]} />
        <SlotPicker
          days={days}
          window={window}
          selected={null}
          previousHref={choice.week > 0 ? weekHref(choice.week - 1) : null}
          nextHref={choice.week < BOOKING_WEEKS - 1 ? weekHref(choice.week + 1) : null}
        />
        {days.length ? (
          <button type="submit" className="button button--primary">
            {t("continue")}
          </button>
        ) : null}
      </form>
    )
  } else if (step === "details") {
    const initial = draft?.details ?? (await accountVisitDefaults())
    body = (
      <ClientMessages namespaces={["booking"]}>
        <VisitDetailsForm choice={choice} initial={initial} />
      </ClientMessages>
    )
  } else {
    const { details } = draft!
    body = (
      <section className="booking-step" aria-labelledby="review-title">
        <h2 id="review-title">{t("reviewTitle")}</h2>
        <dl className="specs">
          <dt>{t("contact")}</dt>
          <dd>
            {details.first_name} {details.last_name} · <bdi dir="ltr">{details.phone}</bdi> · <bdi dir="ltr">{details.email}</bdi>
          </dd>
          <dt>{t("where")}</dt>
          <dd>{details.address_1}</dd>
          {details.boiler_brand || details.boiler_model ? (
            <>
              <dt>{t("boiler")}</dt>
              <dd>
                <bdi>{[details.boiler_brand, details.boiler_model].filter(Boolean).join(" ")}</bdi>
              </dd>
            </>
          ) : null}
          <dt>{t("descriptionLabel")}</dt>
          <dd>{details.description}</dd>
        </dl>
        <p>
          <a href={`${base}${bookingQuery(choice)}`}>{t("change")}</a>
        </p>
        <p className="muted">{t.rich("conditions", { price: () => <Price amount={fault!.visit_fee} locale={locale} />, hours: VISIT_CHANGE_NOTICE_HOURS })}</p>
        <ClientMessages namespaces={["booking"]}>
          <ConfirmVisitForm choice={choice} />
        </ClientMessages>
      </section>
    )
  }

  return (
    <section className="booking">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <BookingSteps current={step} />
      <BookingSummary choice={choice} commune={commune} fault={fault} slotEnd={step === "details" || step === "review" ? slotEnd : null} />
      {body}
      <ShopContact purpose="booking" />
    </section>
  )
}
