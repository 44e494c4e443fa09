import { formatDzd } from "@mj-chauffage/shop-kernel/money"
import { renderMail, type RenderedMail } from "@mj-chauffage/shop-kernel/mail-layout"
import type { OrderCancelledMailData } from "./order-mail-data"

const WORDS = {
  fr: {
    subject: (id: number) => `Commande n° ${id} annulée — MJ Chauffage`,
    hello: (name: string) => `Bonjour ${name},`,
    intro: (id: number, total: string) => `Votre commande n° ${id} (${total}) a été annulée.`,
    refund: "Si vous l'aviez déjà payée, vous serez remboursé sur le moyen de paiement utilisé. Une question ? Répondez à cet e-mail.",
    link: "Voir ma commande",
  },
  ar: {
    subject: (id: number) => `تم إلغاء طلبك رقم ${id} — MJ Chauffage`,
    hello: (name: string) => `مرحبا ${name}،`,
    intro: (id: number, total: string) => `تم إلغاء طلبك رقم ${id} (${total}).`,
    refund: "إذا كنت قد دفعت، فسيتم رد المبلغ إلى وسيلة الدفع المستعملة. لأي سؤال، رد على هذا البريد.",
    link: "عرض طلبي",
  },
}

export function renderOrderCancelled(data: OrderCancelledMailData): RenderedMail {
  const words = WORDS[data.locale]
  return renderMail(data.locale, words.subject(data.display_id), [
    { lines: [words.hello(data.customer_name), words.intro(data.display_id, formatDzd(data.total, data.locale)), words.refund] },
    { lines: [{ text: words.link, href: data.order_url }] },
  ])
}
