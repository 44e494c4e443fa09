import { formatDzd } from "@mj-chauffage/shop-kernel/money"
import { renderMail, type RenderedMail } from "@mj-chauffage/shop-kernel/mail-layout"
import type { OrderMailData } from "./order-mail-data"

const WORDS = {
  fr: {
    subject: (id: number) => `Commande n° ${id} enregistrée — MJ Chauffage`,
    hello: (name: string) => `Bonjour ${name},`,
    intro: {
      // The confirmation call is for cash on delivery only: a card order is already paid.
      cash_on_delivery: (id: number) => `Merci pour votre commande n° ${id}. Nous vous appelons pour la confirmer avant l'expédition.`,
      card: (id: number) => `Merci pour votre commande n° ${id}, payée par carte CIB / Edahabia. Nous la préparons pour l'expédition.`,
      // BaridPay is paid after placement: the order page (link below) has the amount, the reference, the RIP and the QR.
      baridpay: (id: number) =>
        `Merci pour votre commande n° ${id}. Payez-la avec BaridiMob (BaridPay) : le montant, la référence à indiquer, notre RIP et notre QR code sont sur la page de votre commande (lien ci-dessous), où vous indiquerez ensuite la référence de la transaction. Sans paiement, la commande sera annulée.`,
    },
    items: "Vos articles",
    subtotal: "Sous-total",
    delivery: "Livraison",
    total: "Total TTC",
    vat: "dont TVA",
    address: "Adresse de livraison",
    method: "Mode de livraison",
    stopDesk: "Stop-desk",
    link: "Voir ma commande",
  },
  ar: {
    subject: (id: number) => `تم تسجيل طلبك رقم ${id} — MJ Chauffage`,
    hello: (name: string) => `مرحبا ${name}،`,
    intro: {
      cash_on_delivery: (id: number) => `شكرا على طلبك رقم ${id}. سنتصل بك لتأكيده قبل الإرسال.`,
      card: (id: number) => `شكرا على طلبك رقم ${id}، المدفوع ببطاقة CIB / الذهبية. نحضّره للإرسال.`,
      baridpay: (id: number) =>
        `شكرا على طلبك رقم ${id}. ادفعه عبر بريدي موب (BaridPay): المبلغ والمرجع الواجب ذكره و RIP ورمز QR الخاص بنا موجودة في صفحة طلبك (الرابط أدناه)، حيث تُدخل بعد ذلك مرجع المعاملة. بدون دفع، سيُلغى الطلب.`,
    },
    items: "منتجاتك",
    subtotal: "المجموع الفرعي",
    delivery: "التوصيل",
    total: "المجموع شامل الرسوم",
    vat: "منها الرسم على القيمة المضافة",
    address: "عنوان التوصيل",
    method: "طريقة التوصيل",
    stopDesk: "نقطة الاستلام",
    link: "عرض طلبي",
  },
}

export function renderOrderPlaced(data: OrderMailData): RenderedMail {
  const words = WORDS[data.locale]
  const money = (amount: number) => formatDzd(amount, data.locale)
  return renderMail(data.locale, words.subject(data.display_id), [
    { lines: [words.hello(data.customer_name), words.intro[data.payment](data.display_id)] },
    {
      heading: words.items,
      lines: data.items.map((item) => `${item.quantity} × ${item.title}${item.variant ? ` (${item.variant})` : ""} — ${money(item.total)}`),
    },
    {
      lines: [
        `${words.subtotal} : ${money(data.item_total)}`,
        `${words.delivery} : ${money(data.shipping_total)}`,
        `${words.total} : ${money(data.total)}`,
        `${words.vat} : ${money(data.tax_total)}`,
      ],
    },
    { heading: words.address, lines: data.address_lines },
    { heading: words.method, lines: [data.delivery_method, ...(data.stop_desk ? [`${words.stopDesk} : ${data.stop_desk}`] : [])] },
    { lines: [{ text: words.link, href: data.order_url }] },
  ])
}
