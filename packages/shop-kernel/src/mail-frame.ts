/**
 * The header and footer around every customer e-mail: the shop's wordmark and phone on top, its
 * legal identity (Loi 18-05: name, address, RC, NIF, NIS, AI) and contacts at the bottom, from the
 * SHOP_* configuration (shop-identity.ts). A value not configured is left out. No image: a text
 * wordmark in a table reads the same in every mail client, offline, and tracks no one.
 */
import { joinForDisplay, ltrIsolate, type ShopLocale } from "./locale.js"
import type { ShopIdentity } from "./shop-identity.js"
import { escapeHtml as escape } from "./html-escape.js"

export const SHOP_BRAND = "MJ Chauffage"


const WORDS = {
  fr: { phone: "Tél.", whatsapp: "WhatsApp", email: "E-mail", rc: "RC", nif: "NIF", nis: "NIS", ai: "AI", colon: " : " },
  ar: {
    phone: "الهاتف",
    whatsapp: "واتساب",
    email: "البريد الإلكتروني",
    rc: "السجل التجاري",
    nif: "رقم التعريف الجبائي",
    nis: "رقم التعريف الإحصائي",
    ai: "رقم المادة الضريبية",
    colon: ": ",
  },
} as const

/** A number or a code as it must read in either direction (left to right inside Arabic). */
const literal = (value: string, locale: ShopLocale) => (locale === "ar" ? ltrIsolate(value) : value)

/** One labelled value of the footer: the label, the value, and where it links to (if anywhere). */
type FooterItem = { label: string; value: string; href?: string }

const labelled = (item: FooterItem, locale: ShopLocale) => `${item.label}${WORDS[locale].colon}${literal(item.value, locale)}`

function registrations(identity: ShopIdentity, locale: ShopLocale): FooterItem[] {
  const words = WORDS[locale]
  const items: Array<[string, string | null]> = [
    [words.rc, identity.rc],
    [words.nif, identity.nif],
    [words.nis, identity.nis],
    [words.ai, identity.articleImposition],
  ]
  return items.filter((item): item is [string, string] => Boolean(item[1])).map(([label, value]) => ({ label, value }))
}

function contacts(identity: ShopIdentity, locale: ShopLocale): FooterItem[] {
  const words = WORDS[locale]
  const items: Array<FooterItem | null> = [
    identity.phone && { label: words.phone, value: identity.phone.display, href: identity.phone.href },
    identity.whatsapp && { label: words.whatsapp, value: identity.whatsapp.display, href: identity.whatsapp.href },
    identity.email ? { label: words.email, value: identity.email, href: `mailto:${identity.email}` } : null,
  ]
  return items.filter((item): item is FooterItem => item !== null)
}

const shopAddress = (identity: ShopIdentity, locale: ShopLocale) => (locale === "ar" ? identity.addressAr ?? identity.address : identity.address)

/** The footer as lines of text: the legal name, the address, the registrations, the contacts. */
export function footerLines(identity: ShopIdentity, locale: ShopLocale): string[] {
  const registered = registrations(identity, locale)
  const reach = contacts(identity, locale)
  return [
    identity.legalName ?? SHOP_BRAND,
    shopAddress(identity, locale),
    registered.length ? joinForDisplay(registered.map((item) => labelled(item, locale)), locale) : null,
    reach.length ? joinForDisplay(reach.map((item) => labelled(item, locale)), locale) : null,
  ].filter((line): line is string => Boolean(line))
}

/** The header as a line of text: the brand and, when configured, the shop's phone. */
export function headerLine(identity: ShopIdentity, locale: ShopLocale): string {
  return identity.phone ? `${SHOP_BRAND} — ${labelled({ label: WORDS[locale].phone, value: identity.phone.display }, locale)}` : SHOP_BRAND
}

/** A link to call, to write on WhatsApp or to e-mail: read left to right in either language. */
const linkHtml = (item: FooterItem) =>
  `<a href="${escape(item.href!)}" dir="ltr" style="color:#1f2933;text-decoration:underline;unicode-bidi:isolate">${escape(item.value)}</a>`

const valueHtml = (item: FooterItem, locale: ShopLocale) =>
  `${escape(item.label)}${escape(WORDS[locale].colon)}${item.href ? linkHtml(item) : `<span dir="ltr" style="unicode-bidi:isolate">${escape(item.value)}</span>`}`

/** The header as HTML: the wordmark on the start side, the shop's phone (a tel: link) on the end side. */
export function headerHtml(identity: ShopIdentity, locale: ShopLocale): string {
  const end = locale === "ar" ? "left" : "right"
  const phone = identity.phone
    ? `<td align="${end}" style="font-size:14px;color:#1f2933">${valueHtml({ label: WORDS[locale].phone, value: identity.phone.display, href: identity.phone.href }, locale)}</td>`
    : ""
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-bottom:3px solid #c2410c;margin-bottom:16px">
<tr><td style="padding:12px 0"><span style="font-size:22px;font-weight:bold;color:#c2410c;letter-spacing:0.5px">${escape(SHOP_BRAND)}</span></td>${phone}</tr>
</table>`
}

/** The footer as HTML: small grey lines under a rule, the links read left to right. */
export function footerHtml(identity: ShopIdentity, locale: ShopLocale): string {
  const registered = registrations(identity, locale)
  const reach = contacts(identity, locale)
  const separator = escape(locale === "ar" ? "، " : ", ")
  const address = shopAddress(identity, locale)
  const lines = [
    `<strong>${escape(identity.legalName ?? SHOP_BRAND)}</strong>`,
    address ? escape(address) : null,
    registered.length ? registered.map((item) => valueHtml(item, locale)).join(separator) : null,
    reach.length ? reach.map((item) => valueHtml(item, locale)).join(separator) : null,
  ].filter((line): line is string => Boolean(line))
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-top:1px solid #cbd2d9;margin-top:24px">
<tr><td style="padding:12px 0;color:#52606d;font-size:12px;line-height:18px">
${lines.map((line) => `<p style="margin:0">${line}</p>`).join("\n")}
</td></tr>
</table>`
}
