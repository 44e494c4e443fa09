/** Chargily's hosted payment page, as the simulator draws it: the amount and two buttons. A development tool only. */
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const LABELS = {
  fr: { title: "Paiement Chargily Pay (simulateur)", amount: "Montant", method: "Moyen", pay: "Payer", fail: "Échec du paiement", cancel: "Annuler" },
  ar: { title: "الدفع عبر Chargily Pay (محاكي)", amount: "المبلغ", method: "الوسيلة", pay: "ادفع", fail: "فشل الدفع", cancel: "إلغاء" },
  en: { title: "Chargily Pay checkout (simulator)", amount: "Amount", method: "Method", pay: "Pay", fail: "Payment fails", cancel: "Cancel" },
} as const

export type PayPageLocale = keyof typeof LABELS

export function payPage(input: { id: string; amount: number; paymentMethod: string; locale: PayPageLocale }): string {
  const label = LABELS[input.locale]
  return `<!doctype html>
<html lang="${input.locale}" dir="${input.locale === "ar" ? "rtl" : "ltr"}">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(label.title)}</title></head>
<body>
<main>
<h1>${escapeHtml(label.title)}</h1>
<p>${escapeHtml(label.amount)} : <strong id="amount"><bdi dir="ltr">${input.amount} DZD</bdi></strong> — ${escapeHtml(label.method)} : ${escapeHtml(input.paymentMethod.toUpperCase())}</p>
<form method="post" action="${escapeHtml(input.id)}">
<button type="submit" name="action" value="pay">${escapeHtml(label.pay)}</button>
<button type="submit" name="action" value="fail">${escapeHtml(label.fail)}</button>
<button type="submit" name="action" value="cancel">${escapeHtml(label.cancel)}</button>
</form>
</main>
</body></html>`
}
