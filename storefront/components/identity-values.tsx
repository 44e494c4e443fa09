import type { ShopIdentity } from "@mj-chauffage/shop-kernel/shop-identity"
import type { Locale } from "../i18n/routing"

/**
 * How each value of the shop's identity is shown: numbers and addresses isolated from the text around
 * them (right to left on the Arabic pages), the phone and e-mail as links. Null when not configured.
 */
export function identityValues(identity: ShopIdentity, locale: Locale) {
  const code = (value: string | null) => value && <bdi dir="ltr">{value}</bdi>
  // A French-only value on an Arabic page says it is French (screen readers switch voice).
  const written = (value: string | null) => value && <bdi lang={locale === "ar" ? "fr" : undefined}>{value}</bdi>
  return {
    legalName: written(identity.legalName),
    address: locale === "ar" && identity.addressAr ? <bdi>{identity.addressAr}</bdi> : written(identity.address),
    rc: code(identity.rc),
    nif: code(identity.nif),
    nis: code(identity.nis),
    articleImposition: code(identity.articleImposition),
    phone: identity.phone && (
      <a href={identity.phone.href}>
        <bdi dir="ltr">{identity.phone.display}</bdi>
      </a>
    ),
    whatsapp: identity.whatsapp && (
      <a href={identity.whatsapp.href}>
        <bdi dir="ltr">{identity.whatsapp.display}</bdi>
      </a>
    ),
    email: identity.email && (
      <a href={`mailto:${identity.email}`}>
        <bdi dir="ltr">{identity.email}</bdi>
      </a>
    ),
    anpdpDeclaration: code(identity.anpdpDeclaration),
    hostingProvider: written(identity.hostingProvider),
  }
}
