import { getLocale, getTranslations } from "next-intl/server"
import type { Locale } from "../../i18n/routing"
import type { BookingChoice } from "../../lib/booking/booking-choice"
import type { FaultType } from "../../lib/medusa/booking"
import { Price } from "../price"
import { HiddenChoice } from "./hidden-choice"

/** The fault, with what the visit costs and how long it takes. */
export async function FaultStep({ choice, faultTypes }: { choice: BookingChoice; faultTypes: FaultType[] }) {
  const t = await getTranslations("booking")
  const locale = (await getLocale()) as Locale
  return (
    <form method="get" className="checkout-form booking-step">
      <HiddenChoice choice={choice} omit={["fault", "slot", "week"]} />
      <fieldset>
        <legend>{t("faultTitle")}</legend>
        {faultTypes.map((fault) => (
          <label key={fault.id} className="choice">
            <input type="radio" name="panne" value={fault.id} defaultChecked={fault.id === choice.fault} required />
            <span>
              <strong>{locale === "ar" ? fault.label_ar : fault.label_fr}</strong>
              {fault.urgency === "urgent" ? <span className="badge"> {t("urgent")}</span> : null}
              <br />
              <span className="muted">
                {t.rich("fee", { price: () => <Price amount={fault.visit_fee} locale={locale} /> })} · {t("duration", { minutes: fault.duration_minutes })}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button button--primary">
        {t("continue")}
      </button>
    </form>
  )
}
