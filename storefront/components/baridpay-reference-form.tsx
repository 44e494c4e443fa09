"use client"
import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { sendBaridpayReferenceAction, type BaridpayReferenceState } from "../actions/baridpay"
import type { BaridpayOrderRef } from "../lib/medusa/baridpay-payment"
import { FormAlert } from "./form-alert"

/** The BaridiMob transaction reference, typed from the app's receipt; sent again it corrects the first. */
export function BaridpayReferenceForm({ order, current }: { order: BaridpayOrderRef; current: string | null }) {
  const t = useTranslations("baridpay")
  const [state, action, pending] = useActionState(sendBaridpayReferenceAction, { message: "" } as BaridpayReferenceState)
  return (
    <form action={action} className="place-order">
      {"token" in order ? <input type="hidden" name="token" value={order.token} /> : <input type="hidden" name="order_id" value={order.orderId} />}
      <label htmlFor="baridpay-transaction-reference">{t("referenceLabel")}</label>
      <input
        id="baridpay-transaction-reference"
        name="transaction_reference"
        dir="ltr"
        inputMode="text"
        autoComplete="off"
        autoCapitalize="characters"
        maxLength={64}
        required
        defaultValue={current ?? ""}
        aria-describedby="baridpay-reference-help"
      />
      <p id="baridpay-reference-help" className="muted">
        {t("referenceHelp")}
      </p>
      {state.done ? (
        <p role="status" className="form-message form-message--done">
          {state.message}
        </p>
      ) : (
        <FormAlert message={state.message} />
      )}
      <button type="submit" className="button button--primary" disabled={pending}>
        {current ? t("correctReference") : t("sendReference")}
      </button>
    </form>
  )
}
