import { getLocale, getTranslations } from "next-intl/server"
import { algiersDay, algiersHours, type SlotDay } from "../../lib/booking/slot-calendar"

type Props = {
  days: SlotDay[]
  /** The week shown, as Algiers dates. */
  window: { from: string; to: string }
  selected: string | null
  previousHref: string | null
  nextHref: string | null
}

/**
 * One week of free slots as radio buttons, a group per day, with links to the weeks around it.
 * Used to book and to move a visit; it sits inside the caller's form.
 */
export async function SlotPicker({ days, window, selected, previousHref, nextHref }: Props) {
  const t = await getTranslations("booking")
  const locale = await getLocale()
  return (
    <div className="slot-picker">
      <nav className="slot-picker__weeks" aria-label={t("weeks")}>
        {previousHref ? (
          <a href={previousHref} className="button" rel="nofollow">
            {t("previousWeek")}
          </a>
        ) : (
          <span />
        )}
        <p className="slot-picker__week">{t("week", { from: algiersDay(window.from, locale, false), to: algiersDay(window.to, locale, false) })}</p>
        {nextHref ? (
          <a href={nextHref} className="button" rel="nofollow">
            {t("nextWeek")}
          </a>
        ) : (
          <span />
        )}
      </nav>
      {days.length ? (
        days.map((day) => (
          <fieldset key={day.date} className="slot-day">
            <legend>{algiersDay(day.date, locale)}</legend>
            <div className="slot-day__slots">
              {day.slots.map((slot) => (
                <label key={slot.start} className="slot">
                  <input type="radio" name="creneau" value={slot.start} defaultChecked={slot.start === selected} required />
                  <bdi dir="ltr">{algiersHours(slot.start, slot.end)}</bdi>
                </label>
              ))}
            </div>
          </fieldset>
        ))
      ) : (
        <p className="muted">{t("noSlots")}</p>
      )}
      <p className="muted">{t("timeNote")}</p>
    </div>
  )
}
