import { formatDzd } from "@mj-chauffage/shop-kernel/money"
import type { ShopLocale } from "@mj-chauffage/shop-kernel/locale"
import { renderMail, type RenderedMail } from "@mj-chauffage/shop-kernel/mail-layout"
import type { CardRefundReason } from "../card/refund-reasons"

/**
 * The notice that a Chargily payment will be given back by the shop. Chargily Pay has no refund API:
 * unlike SATIM's notice ("refunded"), the money is not back yet; the office refunds it from
 * Chargily's dashboard within the delay the shop configured (`chargilyRefundDelay`).
 */
export type ChargilyRefundDueMailData = {
  locale: ShopLocale
  /** In whole dinars, as Chargily counts. */
  amount: number
  /** Chargily's checkout id: what the customer may quote when calling. */
  checkout_id: string
  refund_reason: CardRefundReason | null
  /** By when, in the shop's words (for example "sous 7 jours ouvrés"). */
  delay: string
  /** The order's signed link when the cart was ordered otherwise (already_ordered). */
  order_url: string | null
}

const WORDS = {
  fr: {
    subject: (amount: string) => `Votre paiement de ${amount} vous sera remboursé — MJ Chauffage`,
    why: {
      no_order: "Votre commande n'a pas pu être enregistrée au moment de votre paiement en ligne (une pièce n'était plus disponible, ou la livraison ne correspondait plus) : aucune commande n'a été passée.",
      already_ordered: "Votre commande avait déjà été passée avec un autre paiement (une autre page de paiement ou le paiement à la livraison) : ce second paiement n'est pas utilisé et votre commande n'est pas modifiée.",
      replaced: "Vous aviez ouvert une nouvelle page de paiement ou choisi un autre mode de paiement : ce paiement n'a passé aucune commande.",
    },
    refund: (amount: string, delay: string) => `MJ Chauffage vous rembourse les ${amount} payés par Chargily Pay, en totalité, ${delay}. Vous n'avez rien à faire ; si vous ne voyez pas le remboursement dans ce délai, appelez-nous.`,
    reference: (id: string) => `Référence du paiement Chargily : ${id}`,
    link: "Voir ma commande",
  },
  ar: {
    subject: (amount: string) => `سيُسترَد دفعك البالغ ${amount} — MJ Chauffage`,
    why: {
      no_order: "تعذر تسجيل طلبك لحظة دفعك عبر الإنترنت (لم تعد إحدى القطع متوفرة، أو لم يعد التوصيل يوافق العنوان): لم يُسجَّل أي طلب.",
      already_ordered: "كان طلبك مسجَّلًا من قبل بدفع آخر (صفحة دفع أخرى أو الدفع عند الاستلام): هذا الدفع الثاني غير مستعمل وطلبك لم يتغير.",
      replaced: "فتحت صفحة دفع جديدة أو اخترت طريقة دفع أخرى: لم يُسجَّل بهذا الدفع أي طلب.",
    },
    refund: (amount: string, delay: string) => `سترد لك MJ Chauffage المبلغ المدفوع عبر Chargily Pay كاملًا (${amount}) ${delay}. لا شيء عليك فعله؛ إن لم يصلك الاسترداد في هذه المدة فاتصل بنا.`,
    reference: (id: string) => `مرجع الدفع في Chargily: \u2066${id}\u2069`,
    link: "عرض طلبي",
  },
}

export function renderChargilyRefundDue(data: ChargilyRefundDueMailData): RenderedMail {
  const words = WORDS[data.locale]
  const amount = formatDzd(data.amount, data.locale)
  return renderMail(data.locale, words.subject(amount), [
    { lines: [words.why[data.refund_reason ?? "no_order"], words.refund(amount, data.delay)] },
    { lines: [words.reference(data.checkout_id)] },
    ...(data.order_url ? [{ lines: [{ text: words.link, href: data.order_url }] }] : []),
  ])
}
