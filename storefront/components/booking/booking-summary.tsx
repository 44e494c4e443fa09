import { getLocale, getTranslations } from "next-intl/server"
import type { Locale } from "../../i18n/routing"
import { bookingQuery, type BookingChoice } from "../../lib/booking/booking-choice"
import { algiersDay, algiersHours } from "../../lib/booking/slot-calendar"
import type { FaultType } from "../../lib/medusa/booking"
import { nameIn, type Commune } from "../../lib/territory/names"
import { Price } from "../price"

type Props = { choice: BookingChoice; commune: Commune | null; fault: FaultType | null; slotEnd: string | null }

/** The answers so far, each with a link back to its step. */
export async function BookingSummary({ choice, commune, fault, slotEnd }: Props) {
  const t = await getTranslations("booking")
  const locale = (await getLocale()) as Locale
  const base = `/${locale}/reparation`
  if (!commune) return null
  return (
    <dl className="specs booking-summary">
      <dt>{t("where")}</dt>
      <dd>
        {nameIn(commune, locale)} (<bdi dir="ltr">{choice.wilaya}</bdi>){" "}
        <a href={`${base}${bookingQuery({ wilaya: choice.wilaya })}`}>{t("change")}</a>
      </dd>
      {fault ? (
        <>
          <dt>{t("fault")}</dt>
          <dd>
            {locale === "ar" ? fault.label_ar : fault.label_fr} · <Price amount={fault.visit_fee} locale={locale} />{" "}
            <a href={`${base}${bookingQuery({ wilaya: choice.wilaya, commune: choice.commune })}`}>{t("change")}</a>
          </dd>
        </>
      ) : null}
      {choice.slot && slotEnd ? (
        <>
          <dt>{t("when")}</dt>
          <dd>
            {algiersDay(choice.slot, locale)}{locale === "ar" ? "، " : ", "}<bdi dir="ltr">{algiersHours(choice.slot, slotEnd)}</bdi>{" "}
            <a href={`${base}${bookingQuery({ ...choice, slot: null })}`}>{t("change")}</a>
          </dd>
        </>
      ) : null}
    </dl>
  )
}
