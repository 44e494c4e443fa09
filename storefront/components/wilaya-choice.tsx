import type { Wilaya } from "../lib/territory/names"
import { WilayaOptions } from "./wilaya-select"

type Props = {
  wilayas: Wilaya[]
  locale: string
  /** The wilaya already chosen (from the query string), or null. */
  chosen: string | null
  /** `change` names the button once a wilaya is chosen (the next step's form has its own "continue"). */
  labels: { wilaya: string; choose: string; submit: string; change?: string }
  /** Other query parameters the page keeps when the wilaya changes (e.g. the address being edited). */
  keep?: Record<string, string>
  /** Where the form goes; the current page when left out. */
  action?: string
  /** False when "no wilaya" is a valid answer (the cart's delivery estimate). */
  required?: boolean
  className?: string
  buttonClassName?: string
}

/**
 * A wilaya chosen with a plain GET form (works without JavaScript): the page reads `?wilaya=NN` and
 * shows what depends on it (communes, prices). The button stays, so the choice can be changed.
 */
export function WilayaChoice({ wilayas, locale, chosen, labels, keep = {}, action, required = true, className = "checkout-form", buttonClassName = "button" }: Props) {
  return (
    <form method="get" action={action} className={className}>
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label>
        {labels.wilaya}
        <select name="wilaya" defaultValue={chosen ?? ""} required={required}>
          <option value="" disabled={required}>
            {labels.choose}
          </option>
          <WilayaOptions wilayas={wilayas} locale={locale} />
        </select>
      </label>
      <button type="submit" className={buttonClassName}>
        {chosen && labels.change ? labels.change : labels.submit}
      </button>
    </form>
  )
}
