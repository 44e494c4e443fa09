/**
 * Who the shop is and how customers reach it, as the law asks a seller to say it (Loi 18-05: RC, NIF,
 * address, phone; Loi 18-07: the ANPDP declaration): configuration, the SHOP_* variables of
 * .env.example, never code. Read by the storefront (footer, legal pages) and by `npm run dev`'s banner.
 * A value is null when unset, or unusable: a phone that is not an Algerian number, an e-mail without a
 * domain. Phones are kept in one form (E.164, kernel phone rule) and given with their links:
 * `tel:+213…` and `https://wa.me/213…` (WhatsApp wants the international digits alone).
 */
import { parsePhoneNumberFromString } from "libphonenumber-js/max"
import { normalizeAlgerianPhone } from "./phone.js"

/** A phone number of the shop: shown in the national form ("0550 12 34 56"), linked by its E.164 form. */
export type ShopPhoneLink = { e164: string; display: string; href: string }

export type ShopIdentity = {
  legalName: string | null
  address: string | null
  /** The address written in Arabic, for the Arabic pages (the French one is shown when unset). */
  addressAr: string | null
  /** Registre du commerce. */
  rc: string | null
  /** Numéro d'identification fiscale. */
  nif: string | null
  /** Numéro d'identification statistique. */
  nis: string | null
  /** Article d'imposition. */
  articleImposition: string | null
  phone: ShopPhoneLink | null
  whatsapp: ShopPhoneLink | null
  email: string | null
  /** The receipt number of the declaration of processing to the ANPDP (Loi 18-07). */
  anpdpDeclaration: string | null
  /** Who hosts the site: name and address. */
  hostingProvider: string | null
}

/** The variable each value is read from. */
export const SHOP_IDENTITY_VARIABLES = {
  legalName: "SHOP_LEGAL_NAME",
  address: "SHOP_ADDRESS",
  addressAr: "SHOP_ADDRESS_AR",
  rc: "SHOP_RC",
  nif: "SHOP_NIF",
  nis: "SHOP_NIS",
  articleImposition: "SHOP_AI",
  phone: "SHOP_PHONE",
  whatsapp: "SHOP_WHATSAPP",
  email: "SHOP_EMAIL",
  anpdpDeclaration: "SHOP_ANPDP_DECLARATION",
  hostingProvider: "SHOP_HOSTING_PROVIDER",
} as const satisfies Record<keyof ShopIdentity, string>

/** Everything the shop must say about itself; only the Arabic address may stay unset. */
const EXPECTED: Array<keyof ShopIdentity> = [
  "legalName",
  "address",
  "rc",
  "nif",
  "nis",
  "articleImposition",
  "phone",
  "whatsapp",
  "email",
  "anpdpDeclaration",
  "hostingProvider",
]

const EMAIL = /^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[^\s@<>"(),;:]+$/

type Env = Record<string, string | undefined>

function text(value: string | undefined): string | null {
  const trimmed = value?.trim()
  return trimmed ? trimmed : null
}

function phoneNumber(value: string | undefined): { e164: string; display: string } | null {
  const e164 = normalizeAlgerianPhone(value ?? "")
  if (!e164) return null
  return { e164, display: parsePhoneNumberFromString(e164)!.formatNational() }
}

/** The `tel:` link of a phone number; null when it is not an Algerian number. */
export function telephoneLink(value: string | undefined): ShopPhoneLink | null {
  const phone = phoneNumber(value)
  return phone && { ...phone, href: `tel:${phone.e164}` }
}

/** The WhatsApp chat link of a phone number (wa.me takes the international digits, no "+"). */
export function whatsappLink(value: string | undefined): ShopPhoneLink | null {
  const phone = phoneNumber(value)
  return phone && { ...phone, href: `https://wa.me/${phone.e164.slice(1)}` }
}

export function readShopIdentity(env: Env = process.env): ShopIdentity {
  const email = text(env.SHOP_EMAIL)
  return {
    legalName: text(env.SHOP_LEGAL_NAME),
    address: text(env.SHOP_ADDRESS),
    addressAr: text(env.SHOP_ADDRESS_AR),
    rc: text(env.SHOP_RC),
    nif: text(env.SHOP_NIF),
    nis: text(env.SHOP_NIS),
    articleImposition: text(env.SHOP_AI),
    phone: telephoneLink(env.SHOP_PHONE),
    whatsapp: whatsappLink(env.SHOP_WHATSAPP),
    email: email && EMAIL.test(email) ? email : null,
    anpdpDeclaration: text(env.SHOP_ANPDP_DECLARATION),
    hostingProvider: text(env.SHOP_HOSTING_PROVIDER),
  }
}

/** The variables still to fill in (unset or unusable), in the order of .env.example. */
export function missingShopIdentity(identity: ShopIdentity): string[] {
  return EXPECTED.filter((key) => identity[key] === null).map((key) => SHOP_IDENTITY_VARIABLES[key])
}
