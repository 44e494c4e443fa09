import { formatDzd } from "@mj-chauffage/shop-kernel/money"
import { renderMail, type RenderedMail } from "@mj-chauffage/shop-kernel/mail-layout"
import type { OrderRefundedMailData } from "./order-mail-data"

const WORDS = {
  fr: {
    subject: (id: number) => `Remboursement de votre commande n° ${id} — MJ Chauffage`,
    hello: (name: string) => `Bonjour ${name},`,
    intro: (id: number, amount: string) => `Nous vous avons remboursé ${amount} sur votre commande n° ${id}, par le moyen de paiement utilisé.`,
    partial: (refunded: string, paid: string) => `C'est un remboursement partiel : ${refunded} remboursés au total sur ${paid} payés. Le reste de votre commande est maintenu.`,
    full: (refunded: string) => `Votre commande est remboursée en totalité (${refunded}).`,
    delay: "Selon votre banque, le montant peut mettre quelques jours à apparaître. Une question ? Répondez à cet e-mail.",
    link: "Voir ma commande",
  },
  ar: {
    subject: (id: number) => `استرداد مبلغ من طلبك رقم ${id} — MJ Chauffage`,
    hello: (name: string) => `مرحبا ${name}،`,
    intro: (id: number, amount: string) => `أعدنا إليك ${amount} من طلبك رقم ${id}، بوسيلة الدفع المستعملة.`,
    partial: (refunded: string, paid: string) => `هذا استرداد جزئي: تم استرداد ${refunded} في المجموع من أصل ${paid} مدفوعة. باقي طلبك قائم.`,
    full: (refunded: string) => `تم استرداد مبلغ طلبك كاملًا (${refunded}).`,
    delay: "قد يستغرق ظهور المبلغ بضعة أيام حسب بنكك. لأي سؤال، رد على هذا البريد.",
    link: "عرض طلبي",
  },
}

/** A refund of an order, partial or full: the amount, the order number, and what was refunded so far. */
export function renderOrderRefunded(data: OrderRefundedMailData): RenderedMail {
  const words = WORDS[data.locale]
  const money = (amount: number) => formatDzd(amount, data.locale)
  const standing = data.refunded_total < data.paid_total ? words.partial(money(data.refunded_total), money(data.paid_total)) : words.full(money(data.refunded_total))
  return renderMail(data.locale, words.subject(data.display_id), [
    { lines: [words.hello(data.customer_name), words.intro(data.display_id, money(data.amount)), standing, words.delay] },
    { lines: [{ text: words.link, href: data.order_url }] },
  ])
}
