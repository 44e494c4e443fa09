import { formatDzd } from "@mj-chauffage/shop-kernel/money"
import { receiptRows, type ReceiptField, type ReceiptValues } from "@mj-chauffage/shop-kernel/card-receipt"
import type { CardRefundReason } from "../card/refund-reasons"
import type { ShopLocale } from "@mj-chauffage/shop-kernel/locale"
import { renderMail, type RenderedMail } from "@mj-chauffage/shop-kernel/mail-layout"

/**
 * The card payment e-mails: the receipt SATIM's certification asks for (response, SATIM order id,
 * our order number, approval code, date and time, amount, means, 3020), and the notice that a card
 * payment was refunded in full by the shop itself: the cart could not become an order, the cart was
 * already ordered with another payment (a second tab, cash on delivery), or the page was replaced.
 */
export type CardPaymentMailData = ReceiptValues & {
  locale: ShopLocale
  /** The order's signed link: the one this payment became, or (already ordered) the one that was kept. */
  order_url: string | null
  /** For the refund notice: why the shop gave the money back (no_order when absent). */
  refund_reason?: CardRefundReason | null
}

const WORDS = {
  fr: {
    receiptSubject: (number: string) => `Reçu de votre paiement par carte n° ${number} — MJ Chauffage`,
    receiptIntro: "Votre paiement par carte CIB / Edahabia est accepté et votre commande est enregistrée. Voici votre reçu.",
    refundSubject: (number: string) => `Paiement n° ${number} remboursé — MJ Chauffage`,
    refundIntro: {
      no_order: (amount: string) =>
        `Votre commande n'a pas pu être enregistrée au moment de votre paiement (une pièce n'était plus disponible, ou la livraison ne correspondait plus) : aucune commande n'a été passée et les ${amount} payés vous ont été remboursés en totalité sur votre carte. Appelez-nous pour trouver une solution.`,
      already_ordered: (amount: string) =>
        `Votre commande avait déjà été passée avec un autre paiement (une autre page de paiement ou le paiement à la livraison) : ce second paiement de ${amount} vous a été remboursé en totalité sur votre carte. Votre commande n'est pas modifiée.`,
      replaced: (amount: string) =>
        `Vous aviez ouvert une nouvelle page de paiement ou choisi un autre mode de paiement : ce paiement de ${amount} vous a été remboursé en totalité sur votre carte et n'a passé aucune commande.`,
    },
    link: "Voir ma commande",
  },
  ar: {
    receiptSubject: (number: string) => `إيصال الدفع بالبطاقة رقم ${number} — MJ Chauffage`,
    receiptIntro: "تم قبول دفعك ببطاقة CIB / الذهبية وتسجيل طلبك. إليك إيصالك.",
    refundSubject: (number: string) => `تم استرداد الدفع رقم ${number} — MJ Chauffage`,
    refundIntro: {
      no_order: (amount: string) => `تعذر تسجيل طلبك لحظة الدفع (لم تعد إحدى القطع متوفرة، أو لم يعد التوصيل يوافق العنوان): لم يُسجَّل أي طلب وتم استرداد ${amount} كاملة إلى بطاقتك. اتصل بنا لإيجاد حل.`,
      already_ordered: (amount: string) =>
        `كان طلبك مسجَّلًا من قبل بدفع آخر (صفحة دفع أخرى أو الدفع عند الاستلام): تم استرداد هذا الدفع الثاني البالغ ${amount} كاملًا إلى بطاقتك. طلبك لم يتغير.`,
      replaced: (amount: string) => `فتحت صفحة دفع جديدة أو اخترت طريقة دفع أخرى: تم استرداد هذا الدفع البالغ ${amount} كاملًا إلى بطاقتك ولم يُسجَّل به أي طلب.`,
    },
    link: "عرض طلبي",
  },
}

/** The receipt's lines, labelled as on the return page and the PDF (the kernel's card receipt). */
const receiptLines = (data: CardPaymentMailData, fields?: readonly ReceiptField[]) =>
  receiptRows(data, data.locale)
    .filter((row) => !fields || fields.includes(row.field))
    .map((row) => `${row.label} : ${row.value}`)

export function renderCardPaymentReceipt(data: CardPaymentMailData): RenderedMail {
  const words = WORDS[data.locale]
  return renderMail(data.locale, words.receiptSubject(data.order_number), [
    { lines: [words.receiptIntro] },
    { lines: receiptLines(data) },
    ...(data.order_url ? [{ lines: [{ text: words.link, href: data.order_url }] }] : []),
  ])
}

export function renderCardPaymentRefunded(data: CardPaymentMailData): RenderedMail {
  const words = WORDS[data.locale]
  return renderMail(data.locale, words.refundSubject(data.order_number), [
    { lines: [words.refundIntro[data.refund_reason ?? "no_order"](formatDzd(data.amount, data.locale))] },
    { lines: receiptLines(data, ["satimOrderId", "orderNumber", "tollFree"]) },
    ...(data.order_url ? [{ lines: [{ text: words.link, href: data.order_url }] }] : []),
  ])
}
