/** The invoice PDF's words, in French and in Arabic. */
import type { ShopLocale } from "@mj-chauffage/shop-kernel/locale"

export type InvoiceWords = {
  invoice: string
  creditNote: string
  number: string
  issuedOn: string
  order: string
  creditsInvoice: string
  seller: string
  buyer: string
  rc: string
  nif: string
  nis: string
  ai: string
  designation: string
  quantity: string
  unitTtc: string
  ht: string
  tva: string
  ttc: string
  totalHt: string
  totalTva: string
  totalTtc: string
  paymentMethod: string
  delivery: string
  deliveryHome: string
  deliveryStopDesk: string
  refund: string
  notSet: string
  footer: string
}

export const INVOICE_WORDS: Record<ShopLocale, InvoiceWords> = {
  fr: {
    invoice: "Facture",
    creditNote: "Avoir",
    number: "N°",
    issuedOn: "Date",
    order: "Commande n°",
    creditsInvoice: "Avoir sur la facture n°",
    seller: "Vendeur",
    buyer: "Client",
    rc: "RC",
    nif: "NIF",
    nis: "NIS",
    ai: "AI",
    designation: "Désignation",
    quantity: "Qté",
    unitTtc: "P.U. TTC",
    ht: "HT",
    tva: "TVA",
    ttc: "TTC",
    totalHt: "Total HT",
    totalTva: "TVA",
    totalTtc: "Total TTC",
    paymentMethod: "Mode de paiement",
    delivery: "Livraison",
    deliveryHome: "Livraison à domicile",
    deliveryStopDesk: "Livraison en stop-desk",
    refund: "Remboursement",
    notSet: "à compléter",
    footer: "Facture électronique délivrée en application de la loi n° 18-05 relative au commerce électronique.",
  },
  ar: {
    invoice: "فاتورة",
    creditNote: "إشعار دائن",
    number: "رقم",
    issuedOn: "التاريخ",
    order: "الطلب رقم",
    creditsInvoice: "إشعار دائن على الفاتورة رقم",
    seller: "البائع",
    buyer: "الزبون",
    rc: "السجل التجاري",
    nif: "رقم التعريف الجبائي",
    nis: "رقم التعريف الإحصائي",
    ai: "رقم المادة الجبائية",
    designation: "البيان",
    quantity: "الكمية",
    unitTtc: "سعر الوحدة",
    ht: "دون الرسوم",
    tva: "الرسم",
    ttc: "بكل الرسوم",
    totalHt: "المجموع دون الرسوم",
    totalTva: "الرسم على القيمة المضافة",
    totalTtc: "المجموع بكل الرسوم",
    paymentMethod: "طريقة الدفع",
    delivery: "التوصيل",
    deliveryHome: "التوصيل إلى المنزل",
    deliveryStopDesk: "التوصيل إلى مكتب الاستلام",
    refund: "استرداد",
    notSet: "يُستكمل لاحقا",
    footer: "فاتورة إلكترونية مسلّمة تطبيقا للقانون رقم 18-05 المتعلق بالتجارة الإلكترونية.",
  },
}

const PAYMENT_METHODS: Array<{ match: RegExp; words: Record<ShopLocale, string> }> = [
  { match: /_cod(_|$)/, words: { fr: "Paiement à la livraison", ar: "الدفع عند الاستلام" } },
  { match: /_satim(_|$)/, words: { fr: "Carte CIB / Edahabia (SATIM)", ar: "بطاقة CIB / الذهبية (SATIM)" } },
  { match: /_chargily(_|$)/, words: { fr: "Carte CIB / Edahabia (Chargily Pay)", ar: "بطاقة CIB / الذهبية (Chargily Pay)" } },
  { match: /_baridpay(_|$)/, words: { fr: "BaridiMob (BaridPay)", ar: "بريدي موب (BaridPay)" } },
]

/** The payment method in the reader's words; an unknown provider by its id. */
export function paymentMethodWords(providerId: string, locale: ShopLocale): string {
  return PAYMENT_METHODS.find(({ match }) => match.test(providerId))?.words[locale] ?? providerId
}
