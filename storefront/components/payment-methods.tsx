import { getTranslations } from "next-intl/server"

/** A payment card in CIB's green and Edahabia's gold, drawn here: no request, no style attribute (strict CSP). */
function CardIcon() {
  return (
    <svg className="payment-method__icon" viewBox="0 0 48 32" width="48" height="32" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="47" height="31" rx="4" fill="#0a5c36" stroke="#08472a" />
      <path d="M24 0.5h19.5a4 4 0 0 1 4 4v23a4 4 0 0 1-4 4H24z" fill="#c9a227" />
      <rect x="6" y="10" width="9" height="7" rx="1.5" fill="#e8d48a" stroke="#8a6d12" strokeWidth="0.8" />
      <rect x="6" y="22" width="14" height="2.5" rx="1" fill="#ffffff" />
      <rect x="29" y="22" width="13" height="2.5" rx="1" fill="#1a1a1a" />
    </svg>
  )
}

/** A banknote: paid in cash to the courier or at the stop-desk. */
function CashIcon() {
  return (
    <svg className="payment-method__icon" viewBox="0 0 48 32" width="48" height="32" aria-hidden="true" focusable="false">
      <rect x="0.5" y="4.5" width="47" height="23" rx="3" fill="#e3f1e7" stroke="#1b6b3a" />
      <rect x="4" y="8" width="40" height="16" rx="2" fill="none" stroke="#1b6b3a" strokeWidth="0.8" />
      <circle cx="24" cy="16" r="5" fill="#1b6b3a" />
      <circle cx="10" cy="16" r="1.8" fill="#1b6b3a" />
      <circle cx="38" cy="16" r="1.8" fill="#1b6b3a" />
    </svg>
  )
}

/** A QR code in Algérie Poste's yellow and blue: BaridiMob scans the shop's QR. */
function QrIcon() {
  return (
    <svg className="payment-method__icon" viewBox="0 0 48 32" width="48" height="32" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="47" height="31" rx="4" fill="#ffd200" stroke="#003f8a" />
      <rect x="14" y="6" width="20" height="20" rx="1" fill="#ffffff" stroke="#003f8a" />
      <rect x="16" y="8" width="6" height="6" fill="#003f8a" />
      <rect x="26" y="8" width="6" height="6" fill="#003f8a" />
      <rect x="16" y="18" width="6" height="6" fill="#003f8a" />
      <rect x="26" y="18" width="2.5" height="2.5" fill="#003f8a" />
      <rect x="29.5" y="21.5" width="2.5" height="2.5" fill="#003f8a" />
    </svg>
  )
}

/**
 * The ways to pay, told on the first checkout step so nobody has to reach the review to learn that
 * a card is accepted: each with its picture and one line. The choice itself is made on the review.
 */
export async function PaymentMethods({ cardOffered, chargilyOffered = false, baridpayOffered = false }: { cardOffered: boolean; chargilyOffered?: boolean; baridpayOffered?: boolean }) {
  const t = await getTranslations("checkout")
  return (
    <section aria-labelledby="payment-methods" className="payment-methods">
      <h2 id="payment-methods">{t("paymentMethodsTitle")}</h2>
      <ul className="payment-methods__list">
        <li className="payment-method">
          <CashIcon />
          <div>
            <p className="payment-method__name">{t("cashOnDelivery")}</p>
            <p className="payment-method__help">{t("cashOnDeliveryHelp")}</p>
          </div>
        </li>
        {cardOffered ? (
          <li className="payment-method">
            <CardIcon />
            <div>
              <p className="payment-method__name">{t("cardMethod")}</p>
              <p className="payment-method__help">{t("cardMethodHelp")}</p>
            </div>
          </li>
        ) : null}
        {chargilyOffered ? (
          <li className="payment-method">
            <CardIcon />
            <div>
              <p className="payment-method__name">{t("chargilyMethod")}</p>
              <p className="payment-method__help">{t("chargilyMethodHelp")}</p>
            </div>
          </li>
        ) : null}
        {baridpayOffered ? (
          <li className="payment-method">
            <QrIcon />
            <div>
              <p className="payment-method__name">{t("baridpayMethod")}</p>
              <p className="payment-method__help">{t("baridpayMethodHelp")}</p>
            </div>
          </li>
        ) : null}
      </ul>
      <p className="muted">{t("paymentChosenLater")}</p>
    </section>
  )
}
