"use client"
import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { saveVisitDetailsAction, type VisitDetailsState } from "../../actions/booking"
import type { BookingChoice } from "../../lib/booking/booking-choice"
import type { VisitDetails } from "../../lib/booking/visit-details"
import { FormAlert } from "../form-alert"
import { FieldError } from "../field-error"

type Field = { name: keyof VisitDetails; type?: string; autoComplete?: string; required?: boolean; multiline?: boolean; dir?: "ltr" }
const FIELDS: Field[] = [
  { name: "first_name", autoComplete: "given-name", required: true },
  { name: "last_name", autoComplete: "family-name", required: true },
  { name: "phone", type: "tel", autoComplete: "tel", required: true, dir: "ltr" },
  { name: "email", type: "email", autoComplete: "email", required: true, dir: "ltr" },
  { name: "address_1", autoComplete: "street-address", required: true },
  { name: "boiler_brand" },
  { name: "boiler_model" },
  { name: "description", required: true, multiline: true },
]

/** The customer's details for the visit (pre-filled from the draft or the account); errors by field. */
export function VisitDetailsForm({ choice, initial }: { choice: BookingChoice; initial: Partial<VisitDetails> }) {
  const t = useTranslations("booking")
  const [state, action, pending] = useActionState(saveVisitDetailsAction, { message: "", errors: {}, values: initial } as VisitDetailsState)
  return (
    <form action={action} className="checkout-form booking-step" noValidate>
      <input type="hidden" name="wilaya" value={choice.wilaya ?? ""} />
      <input type="hidden" name="commune" value={choice.commune ?? ""} />
      <input type="hidden" name="panne" value={choice.fault ?? ""} />
      <input type="hidden" name="semaine" value={String(choice.week)} />
      <input type="hidden" name="creneau" value={choice.slot ?? ""} />
      <fieldset>
        <legend>{t("detailsTitle")}</legend>
        {FIELDS.map((field) => {
          const error = state.errors[field.name as keyof VisitDetailsState["errors"]]
          const props = {
            name: field.name,
            defaultValue: state.values[field.name] ?? "",
            autoComplete: field.autoComplete,
            required: field.required,
            dir: field.dir,
            "aria-invalid": error ? true : undefined,
            "aria-describedby": error ? `${field.name}-error` : undefined,
          }
          return (
            <div key={field.name} className="field">
              <label htmlFor={`visit-${field.name}`}>{t(field.name)}</label>
              {field.multiline ? <textarea id={`visit-${field.name}`} rows={4} maxLength={2000} {...props} /> : <input id={`visit-${field.name}`} type={field.type ?? "text"} {...props} />}
              <FieldError name={field.name} message={error} />
            </div>
          )
        })}
      </fieldset>
      <FormAlert message={state.message} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {t("toReview")}
      </button>
    </form>
  )
}
