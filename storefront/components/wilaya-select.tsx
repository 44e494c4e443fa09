import { nameIn, type Wilaya } from "../lib/territory/names"

/** Wilayas by code, named in the page's language ("16 – Alger"). */
export function WilayaOptions({ wilayas, locale }: { wilayas: Wilaya[]; locale: string }) {
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
