import { renderMail, type RenderedMail } from "@mj-chauffage/shop-kernel/mail-layout"
import type { OrderShippedMailData } from "./order-mail-data"

const WORDS = {
  fr: {
    subject: (id: number) => `Commande n° ${id} expédiée — MJ Chauffage`,
    hello: (name: string) => `Bonjour ${name},`,
    intro: (id: number) => `Votre commande n° ${id} est partie.`,
    carrier: "Transporteur",
    tracking: "Numéro de suivi",
    track: "Suivre le colis",
    link: "Voir ma commande",
  },
  ar: {
    subject: (id: number) => `تم إرسال طلبك رقم ${id} — MJ Chauffage`,
    hello: (name: string) => `مرحبا ${name}،`,
    intro: (id: number) => `تم إرسال طلبك رقم ${id}.`,
    carrier: "شركة النقل",
    tracking: "رقم التتبع",
    track: "تتبع الطرد",
    link: "عرض طلبي",
  },
}

export function renderOrderShipped(data: OrderShippedMailData): RenderedMail {
  const words = WORDS[data.locale]
  return renderMail(data.locale, words.subject(data.display_id), [
    { lines: [words.hello(data.customer_name), words.intro(data.display_id)] },
    {
      lines: [
        `${words.carrier} : ${data.carrier}`,
        `${words.tracking} : ${data.tracking_number}`,
        ...(data.tracking_url ? [{ text: words.track, href: data.tracking_url }] : []),
      ],
    },
    { lines: [{ text: words.link, href: data.order_url }] },
  ])
}
