"use client"
import { useActionState, useState } from "react"
import { FormAlert } from "./form-alert"
import { useLocale, useTranslations } from "next-intl"
import { saveDetails, type DetailsState } from "../actions/checkout"
import type { CheckoutDetails } from "../lib/checkout/details"
import { nameIn, type Named, type Wilaya } from "../lib/territory/names"
import { WilayaOptions } from "./wilaya-select"

type Desk = Named & { id: string }
type Props = {
  wilayas: Wilaya[]
  initial: Partial<CheckoutDetails>
  initialCommunes: Named[]
  initialDesks: Desk[]
}

/** Contact, address (wilaya → commune), delivery mode and stop-desk. The server re-checks all of it. */
export function CheckoutDetailsForm({ wilayas, initial, initialCommunes, initialDesks }: Props) {
  const t = useTranslations("checkout")
  const locale = useLocale()
  const nameOf = (item: Named) => nameIn(item, locale)
  const [state, action, pending] = useActionState(saveDetails, { message: "", errors: {}, values: initial } as DetailsState)
  const values = state.values
  const [wilaya, setWilaya] = useState(values.wilaya ?? "")
  const [communes, setCommunes] = useState(initialCommunes)
  const [desks, setDesks] = useState(initialDesks)
  const [delivery, setDelivery] = useState(values.delivery ?? "home")
  const [loadError, setLoadError] = useState("")

  async function chooseWilaya(code: string) {
    setWilaya(code)
    setCommunes([])
    setDesks([])
    setLoadError("")
    if (!code) return
    const response = await fetch(`/api/communes?wilaya=${encodeURIComponent(code)}`).catch(() => null)
    if (!response?.ok) {
      setLoadError(t("errors.communesUnavailable"))
      return
    }
    const body = (await response.json()) as { communes: Named[]; stop_desks: Desk[] }
    setCommunes(body.communes)
    setDesks(body.stop_desks)
  }

  const error = (name: keyof DetailsState["errors"]) =>
    state.errors[name] ? (
      <span id={`${name}-error`} className="field-error">
        {state.errors[name]}
      </span>
    ) : null
  const describedBy = (name: keyof DetailsState["errors"]) => (state.errors[name] ? `${name}-error` : undefined)

  return (
    <form action={action} className="checkout-form" noValidate>
      <FormAlert message={state.message} />
      <fieldset>
        <legend>{t("contact")}</legend>
        <label>
          {t("firstName")}
          <input name="first_name" autoComplete="given-name" defaultValue={values.first_name} required aria-invalid={Boolean(state.errors.first_name)} aria-describedby={describedBy("first_name")} />
          {error("first_name")}
        </label>
        <label>
          {t("lastName")}
          <input name="last_name" autoComplete="family-name" defaultValue={values.last_name} required aria-invalid={Boolean(state.errors.last_name)} aria-describedby={describedBy("last_name")} />
          {error("last_name")}
        </label>
        <label>
          {t("phone")}
          <input name="phone" type="tel" autoComplete="tel" inputMode="tel" dir="ltr" placeholder="0550 12 34 56" defaultValue={values.phone} required aria-invalid={Boolean(state.errors.phone)} aria-describedby={describedBy("phone")} />
          {error("phone")}
        </label>
        <label>
          {t("email")}
          <input name="email" type="email" autoComplete="email" dir="ltr" defaultValue={values.email} required aria-invalid={Boolean(state.errors.email)} aria-describedby={describedBy("email")} />
          {error("email")}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t("address")}</legend>
        <label>
          {t("wilaya")}
          <select name="wilaya" value={wilaya} onChange={(event) => void chooseWilaya(event.target.value)} required aria-invalid={Boolean(state.errors.wilaya)} aria-describedby={describedBy("wilaya")}>
            <option value="">{t("chooseWilaya")}</option>
            <WilayaOptions wilayas={wilayas} locale={locale} />
          </select>
          {error("wilaya")}
        </label>
        <label>
          {t("commune")}
          <select name="commune" defaultValue={values.commune ?? ""} key={`${wilaya}-${communes.length}`} required aria-invalid={Boolean(state.errors.commune)} aria-describedby={describedBy("commune")}>
            <option value="">{wilaya ? t("chooseCommune") : t("chooseWilayaFirst")}</option>
            {communes.map((commune) => (
              <option key={commune.name_fr} value={commune.name_fr}>
                {nameOf(commune)}
              </option>
            ))}
          </select>
          {error("commune")}
          {loadError ? <span className="field-error">{loadError}</span> : null}
        </label>
        <label>
          {t("street")}
          <input name="address_1" autoComplete="street-address" defaultValue={values.address_1} aria-invalid={Boolean(state.errors.address_1)} aria-describedby={describedBy("address_1")} />
          {error("address_1")}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t("delivery")}</legend>
        <label className="check">
          <input type="radio" name="delivery" value="home" checked={delivery === "home"} onChange={() => setDelivery("home")} />
          {t("homeDelivery")}
        </label>
        <label className="check">
          <input type="radio" name="delivery" value="stopdesk" checked={delivery === "stopdesk"} onChange={() => setDelivery("stopdesk")} />
          {t("stopDesk")}
        </label>
        {error("delivery")}
        {delivery === "stopdesk" ? (
          <label>
            {t("chooseStopDesk")}
            <select name="stop_desk_id" defaultValue={values.stop_desk_id ?? ""} key={`${wilaya}-desks-${desks.length}`} aria-invalid={Boolean(state.errors.stop_desk_id)} aria-describedby={describedBy("stop_desk_id")}>
              <option value="">{wilaya ? t("chooseStopDesk") : t("chooseWilayaFirst")}</option>
              {desks.map((desk) => (
                <option key={desk.id} value={desk.id}>
                  {nameOf(desk)}
                </option>
              ))}
            </select>
            {error("stop_desk_id")}
          </label>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>{t("payment")}</legend>
        <label className="check">
          <input type="radio" name="payment" value="cod" defaultChecked />
          {t("cashOnDelivery")}
        </label>
        <p className="muted">{t("cashOnDeliveryHelp")}</p>
      </fieldset>
      <button type="submit" className="button button--primary" disabled={pending}>
        {t("toReview")}
      </button>
    </form>
  )
}
