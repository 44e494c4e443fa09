import { algiersDate } from "@mj-chauffage/shop-kernel/time"
import { communesOn, wilayasOn, type Commune, type Wilaya } from "../divisions"

// A small fixture of the Loi 26-06 switch: wilaya 59 (Aflou) takes commune Aflou from Laghouat (03).
const WILAYAS: Wilaya[] = [
  { code: "03", name_fr: "Laghouat", name_ar: "الأغواط" },
  { code: "59", name_fr: "Aflou", name_ar: "آفلو", valid_from: "2027-01-01" },
]
const COMMUNES: Commune[] = [
  { id: "0301", wilaya_code: "03", name_fr: "Laghouat", name_ar: "الأغواط", postal_code: "03000" },
  { id: "0302", wilaya_code: "03", name_fr: "Aflou", name_ar: "آفلو", postal_code: "03300", valid_until: "2027-01-01" },
  { id: "5901", wilaya_code: "59", name_fr: "Aflou", name_ar: "آفلو", postal_code: "03300", valid_from: "2027-01-01" },
]

describe("divisions with effective dates", () => {
  it("keeps the 2026 map until 31 December 2026", () => {
    expect(wilayasOn(WILAYAS, "2026-12-31").map((w) => w.code)).toEqual(["03"])
    expect(communesOn(COMMUNES, "03", "2026-12-31").map((c) => c.id)).toEqual(["0302", "0301"])
    expect(communesOn(COMMUNES, "59", "2026-12-31")).toEqual([])
  })

  it("switches on 1 January 2027: the new wilaya appears and the commune moves", () => {
    expect(wilayasOn(WILAYAS, "2027-01-01").map((w) => w.code)).toEqual(["03", "59"])
    expect(communesOn(COMMUNES, "03", "2027-01-01").map((c) => c.id)).toEqual(["0301"])
    expect(communesOn(COMMUNES, "59", "2027-01-01").map((c) => c.id)).toEqual(["5901"])
  })

  it("reads the date in Algiers: 23:30 UTC on 31 December is already 1 January there", () => {
    expect(algiersDate(new Date("2026-12-31T22:59:59Z"))).toBe("2026-12-31")
    expect(algiersDate(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01")
  })
})
