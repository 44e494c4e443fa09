import { getLocale, getTranslations } from "next-intl/server"
import type { BookingChoice } from "../../lib/booking/booking-choice"
import type { Commune, Wilaya } from "../../lib/territory/names"
import { nameIn } from "../../lib/territory/names"
import { WilayaChoice } from "../wilaya-choice"

/**
 * Wilaya, then commune: two plain GET forms (no script needed). Only the wilayas and communes a
 * technician serves are offered.
 */
export async function PlaceStep({ choice, wilayas, communes }: { choice: BookingChoice; wilayas: Wilaya[]; communes: Commune[] }) {
  const t = await getTranslations("booking")
  const locale = await getLocale()
  return (
    <div className="booking-step">
      <WilayaChoice
        wilayas={wilayas}
        locale={locale}
        chosen={choice.wilaya}
        labels={{ wilaya: t("wilaya"), choose: t("chooseWilaya"), submit: t("continue"), change: t("changeWilaya") }}
        buttonClassName={choice.wilaya ? "button" : "button button--primary"}
      />
      {choice.wilaya ? (
        communes.length ? (
          <form method="get" className="checkout-form">
            <input type="hidden" name="wilaya" value={choice.wilaya} />
            <label>
              {t("commune")}
              <select name="commune" defaultValue={choice.commune ?? ""} required>
                <option value="" disabled>
                  {t("chooseCommune")}
                </option>
                {communes.map((commune) => (
                  <option key={commune.name_fr} value={commune.name_fr}>
                    {nameIn(commune, locale)}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="button button--primary">
              {t("continue")}
            </button>
          </form>
        ) : (
          <p role="alert" className="form-message form-message--error">
            {t("notServed")}
          </p>
        )
      ) : null}
    </div>
  )
}
