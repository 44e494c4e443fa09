import { ltrIsolate, type ShopLocale } from "@mj-chauffage/shop-kernel/locale"
import { renderMail, type RenderedMail } from "@mj-chauffage/shop-kernel/mail-layout"
import { formatDzd } from "@mj-chauffage/shop-kernel/money"

/** The reminder the job sends when a BaridPay order has waited N hours for its BaridiMob reference. */
export type BaridpayReminderData = {
  locale: ShopLocale
  display_id: number
  amount: number
  payment_reference: string
  rip: string
  /** When the order is cancelled if still unpaid, as the customer reads it (Africa/Algiers). */
  cancel_after_hours: number
  order_url: string
}

const WORDS = {
  fr: {
    subject: (number: number) => `Commande n° ${number} : en attente de votre paiement BaridPay — MJ Chauffage`,
    intro: (amount: string, hours: number) =>
      `Nous n'avons pas encore reçu la référence de votre paiement BaridiMob de ${amount}. Sans paiement, la commande est annulée ${hours} heures après sa création et les pièces remises en vente.`,
    how: "Dans BaridiMob, scannez notre QR code (ou saisissez notre RIP), payez le montant exact, puis indiquez la référence de la transaction sur la page de votre commande.",
    rip: "RIP",
    reference: "Référence à indiquer",
    link: "Payer et indiquer ma référence",
  },
  ar: {
    subject: (number: number) => `الطلب رقم ${number}: في انتظار دفعك عبر BaridPay — MJ Chauffage`,
    intro: (amount: string, hours: number) =>
      `لم نستلم بعد مرجع دفعك عبر بريدي موب بمبلغ ${amount}. بدون دفع، يُلغى الطلب بعد ${hours} ساعة من إنشائه وتُعاد القطع إلى البيع.`,
    how: "في تطبيق بريدي موب، امسح رمز QR الخاص بنا (أو أدخل RIP)، وادفع المبلغ بالضبط، ثم أدخل مرجع المعاملة في صفحة طلبك.",
    rip: "RIP",
    reference: "المرجع الذي يجب ذكره",
    link: "الدفع وإدخال المرجع",
  },
} as const

// Numbers and codes read left to right inside Arabic text.
const isolate = (value: string, locale: ShopLocale) => (locale === "ar" ? ltrIsolate(value) : value)

export function renderBaridpayReminder(data: BaridpayReminderData): RenderedMail {
  const words = WORDS[data.locale]
  return renderMail(data.locale, words.subject(data.display_id), [
    { lines: [words.intro(formatDzd(data.amount, data.locale), data.cancel_after_hours), words.how] },
    { lines: [`${words.reference} : ${isolate(data.payment_reference, data.locale)}`, `${words.rip} : ${isolate(data.rip, data.locale)}`] },
    { lines: [{ text: words.link, href: data.order_url }] },
  ])
}
