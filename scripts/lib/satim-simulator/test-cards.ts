/**
 * The simulator's test cards: what the hosted card page does for each. Like SATIM's own test
 * cards, any future expiry date works except on the expired card; the CVV2 is 123 except on the
 * wrong-CVV2 card, where any value is wrong.
 */
export type CardBehaviour = {
  label: string
  /** OrderStatus after the card page: 2 deposited, 3 reversed (rejected), 6 declined. */
  orderStatus: 2 | 3 | 6
  actionCode: number
  respCode: string
  description: { FR: string; AR: string; EN: string }
}

const text = (FR: string, AR: string, EN: string) => ({ FR, AR, EN })

export const TEST_CARDS: Record<string, CardBehaviour> = {
  "6280581110006712": { label: "success", orderStatus: 2, actionCode: 0, respCode: "00", description: text("Votre paiement a été accepté", "تم قبول الدفع", "Your payment was accepted") },
  "6280581110006720": { label: "insufficient funds", orderStatus: 6, actionCode: 116, respCode: "51", description: text("Solde insuffisant", "رصيد غير كاف", "Insufficient funds") },
  "6280581110006738": { label: "blocked card", orderStatus: 3, actionCode: 125, respCode: "62", description: text("Carte bloquée", "البطاقة محظورة", "Card blocked") },
  "6280581110006746": { label: "lost card", orderStatus: 6, actionCode: 208, respCode: "41", description: text("Carte perdue", "بطاقة مفقودة", "Lost card") },
  "6280581110006753": { label: "expired card", orderStatus: 6, actionCode: 101, respCode: "54", description: text("Carte expirée", "البطاقة منتهية الصلاحية", "Expired card") },
  "6280581110006761": { label: "wrong CVV2", orderStatus: 6, actionCode: 2010, respCode: "82", description: text("CVV2 erroné", "رمز CVV2 خاطئ", "Wrong CVV2") },
  "6280581110006779": { label: "timeout", orderStatus: 6, actionCode: 910, respCode: "91", description: text("Délai de paiement dépassé", "انتهت مهلة الدفع", "Payment timed out") },
}

export const SUCCESS_CARD = "6280581110006712"
export const CORRECT_CVV2 = "123"
