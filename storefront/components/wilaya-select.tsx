import type { Locale } from "../i18n/routing"
import { nameIn, type Wilaya } from "../lib/medusa/territory"

/** Wilayas by code, named in the page's language ("16 – Alger"). */
export function WilayaOptions({ wilayas, locale }: { wilayas: Wilaya[]; locale: Locale }) {
  return (
    <>
      {wilayas.map((wilaya) => (
        <option key={wilaya.code} value={wilaya.code}>
          {wilaya.code} – {nameIn(wilaya, locale)}
        </option>
      ))}
    </>
  )
}
