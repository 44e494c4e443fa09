/**
 * SATIM's certification asks for a fixed message when a payment is rejected (OrderStatus 3), in
 * Arabic, French and English, with SATIM's toll-free number. Shown whatever the page's language.
 */
export const SATIM_TOLL_FREE_NUMBER = "3020"

export const REJECTED_PAYMENT_MESSAGE = {
  ar: `تم رفض معاملتك. لأي استفسار، اتصلوا بالرقم الأخضر لساتيم ${SATIM_TOLL_FREE_NUMBER}.`,
  fr: `Votre transaction a été rejetée. Pour toute question, appelez le numéro vert de la SATIM : ${SATIM_TOLL_FREE_NUMBER}.`,
  en: `Your transaction was rejected. For any question, call SATIM's toll-free number: ${SATIM_TOLL_FREE_NUMBER}.`,
} as const
