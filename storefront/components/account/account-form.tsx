"use client"
import { useActionState } from "react"
import { FormAlert } from "../form-alert"
import { FieldError } from "../field-error"

export type AccountFormState = { message: string; done?: boolean; errors?: Record<string, string>; values?: Record<string, string> }
export type AccountField = {
  name: string
  label: string
  type?: "text" | "email" | "tel" | "password"
  autoComplete?: string
  required?: boolean
  defaultValue?: string
  dir?: "ltr"
  hint?: string
  /** A choice among these instead of free text. */
  options?: { value: string; label: string }[]
}

type Props = {
  action: (previous: AccountFormState, form: FormData) => Promise<AccountFormState>
  fields: AccountField[]
  hidden?: Record<string, string>
  submitLabel: string
  className?: string
}

/**
 * An account form (log in, register, reset, profile): its server action checks and answers; errors
 * show under their field, the refusal above the button. Passwords are never sent back to the page.
 */
export function AccountForm({ action, fields, hidden = {}, submitLabel, className }: Props) {
  const [state, formAction, pending] = useActionState(action, { message: "" })
  if (state.done) {
    return (
      <p role="status" className="form-message form-message--done">
        {state.message}
      </p>
    )
  }
  return (
    <form action={formAction} className={className ?? "checkout-form"} noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => {
        const error = state.errors?.[field.name]
        const described = [error ? `${field.name}-error` : "", field.hint && !field.options ? `${field.name}-hint` : ""].filter(Boolean).join(" ")
        return (
          // The label names the field alone; hint and error are tied to it by aria-describedby.
          <div key={field.name} className="field">
            <label htmlFor={`field-${field.name}`}>{field.label}</label>
            {field.options ? (
              <select
                id={`field-${field.name}`}
                name={field.name}
                required={field.required}
                defaultValue={state.values?.[field.name] ?? field.defaultValue ?? ""}
                aria-invalid={error ? true : undefined}
                aria-describedby={described || undefined}
              >
                <option value="" disabled>
                  {field.hint ?? ""}
                </option>
                {field.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={`field-${field.name}`}
                name={field.name}
                type={field.type ?? "text"}
                autoComplete={field.autoComplete}
                required={field.required}
                dir={field.dir}
                defaultValue={field.type === "password" ? undefined : (state.values?.[field.name] ?? field.defaultValue ?? "")}
                aria-invalid={error ? true : undefined}
                aria-describedby={described || undefined}
              />
            )}
            {field.hint && !field.options ? (
              <span id={`${field.name}-hint`} className="muted">
                {field.hint}
              </span>
            ) : null}
            <FieldError name={field.name} message={error} />
          </div>
        )
      })}
      <FormAlert message={state.done ? "" : state.message} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  )
}
