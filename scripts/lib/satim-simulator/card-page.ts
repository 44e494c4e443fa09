import { TEST_CARDS } from "./test-cards"

/** The hosted card page (SATIM's formUrl), in the registered language. A development tool only. */
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const LABELS = {
  FR: { title: "Paiement par carte CIB / Edahabia (simulateur)", amount: "Montant", pan: "Numéro de carte", expiry: "Expiration (MM/AA)", cvv: "CVV2", holder: "Titulaire", pay: "Payer", cancel: "Annuler", cards: "Cartes de test" },
  AR: { title: "الدفع ببطاقة CIB / الذهبية (محاكي)", amount: "المبلغ", pan: "رقم البطاقة", expiry: "تاريخ الانتهاء (MM/YY)", cvv: "CVV2", holder: "حامل البطاقة", pay: "ادفع", cancel: "إلغاء", cards: "بطاقات الاختبار" },
  EN: { title: "CIB / Edahabia card payment (simulator)", amount: "Amount", pan: "Card number", expiry: "Expiry (MM/YY)", cvv: "CVV2", holder: "Cardholder", pay: "Pay", cancel: "Cancel", cards: "Test cards" },
} as const

export function cardPage(input: { mdOrder: string; amountCentimes: number; language: keyof typeof LABELS; merchant: string }): string {
  const label = LABELS[input.language]
  const amount = `${(input.amountCentimes / 100).toFixed(2)} DZD`
  const cards = Object.entries(TEST_CARDS)
    .map(([pan, card]) => `<li><code>${pan}</code> — ${escapeHtml(card.label)}</li>`)
    .join("")
  return `<!doctype html>
<html lang="${input.language.toLowerCase()}" dir="${input.language === "AR" ? "rtl" : "ltr"}">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(label.title)}</title></head>
<body>
<main>
<h1>${escapeHtml(label.title)}</h1>
<p>${escapeHtml(input.merchant)} — ${escapeHtml(label.amount)} : <strong id="amount">${amount}</strong></p>
<form method="post" action="pay">
<input type="hidden" name="mdOrder" value="${escapeHtml(input.mdOrder)}">
<p><label>${escapeHtml(label.pan)} <input name="pan" inputmode="numeric" autocomplete="cc-number" required></label></p>
<p><label>${escapeHtml(label.expiry)} <input name="expiry" autocomplete="cc-exp" required></label></p>
<p><label>${escapeHtml(label.cvv)} <input name="cvv2" inputmode="numeric" autocomplete="cc-csc" required></label></p>
<p><label>${escapeHtml(label.holder)} <input name="holder" autocomplete="cc-name"></label></p>
<p><button type="submit" name="action" value="pay">${escapeHtml(label.pay)}</button>
<button type="submit" name="action" value="cancel" formnovalidate>${escapeHtml(label.cancel)}</button></p>
</form>
<h2>${escapeHtml(label.cards)}</h2><ul>${cards}</ul>
</main>
</body></html>`
}
