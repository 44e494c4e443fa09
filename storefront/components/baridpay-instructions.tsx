import { getTranslations } from "next-intl/server"
import QRCode from "qrcode"
import { formatDzd } from "@mj-chauffage/shop-kernel/money"
import type { Locale } from "../i18n/routing"
import type { BaridpayOrderRef, BaridpayPayment } from "../lib/medusa/baridpay-payment"
import { BaridpayReferenceForm } from "./baridpay-reference-form"
import { ClientMessages } from "./client-messages"

/** The shop's QR: its image when the merchant gave one, else drawn here from its text (an inline SVG: no request, strict CSP). */
async function ShopQr({ payment, alt }: { payment: BaridpayPayment; alt: string }) {
  if (payment.qr_url) return <img className="baridpay__qr" src={payment.qr_url} alt={alt} width="200" height="200" />
  if (!payment.qr_payload) return null
  const svg = await QRCode.toString(payment.qr_payload, { type: "svg", margin: 1, errorCorrectionLevel: "M" })
  return <img className="baridpay__qr" src={`data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`} alt={alt} width="200" height="200" />
}

/** On the order page: how to pay with BaridiMob (amount, reference, RIP, QR), then the transaction reference, or where the payment stands. */
export async function BaridpayInstructions({ payment, order, locale }: { payment: BaridpayPayment; order: BaridpayOrderRef; locale: Locale }) {
  const t = await getTranslations("baridpay")
  if (payment.paid || payment.status === "confirmed") {
    return (
      <section aria-labelledby="baridpay" className="review-block">
        <h2 id="baridpay">{t("title")}</h2>
        <p role="status">{t("confirmed")}</p>
      </section>
    )
  }
  if (!payment.may_submit && payment.status !== "submitted") {
    return (
      <section aria-labelledby="baridpay" className="review-block">
        <h2 id="baridpay">{t("title")}</h2>
        <p>{t("closed")}</p>
      </section>
    )
  }
  return (
    <section aria-labelledby="baridpay" className="review-block baridpay">
      <h2 id="baridpay">{t("title")}</h2>
      <p>{t("intro")}</p>
      <dl className="baridpay__details">
        <dt>{t("amount")}</dt>
        <dd>
          <bdi dir="ltr">{formatDzd(payment.amount, locale)}</bdi>
        </dd>
        <dt>{t("reference")}</dt>
        <dd>
          <bdi dir="ltr">{payment.payment_reference}</bdi>
        </dd>
        <dt>{t("rip")}</dt>
        <dd>
          <bdi dir="ltr">{payment.rip}</bdi>
        </dd>
      </dl>
      <ShopQr payment={payment} alt={t("qrAlt")} />
      <ol className="baridpay__steps">
        <li>{t("step1")}</li>
        <li>{t("step2")}</li>
        <li>{t("step3")}</li>
      </ol>
      {payment.status === "submitted" ? <p role="status">{t("waitingConfirmation")}</p> : null}
      {payment.may_submit ? (
        <ClientMessages namespaces={["baridpay"]}>
          <BaridpayReferenceForm order={order} current={payment.transaction_reference} />
        </ClientMessages>
      ) : null}
    </section>
  )
}
