import { DELIVERY_ZONES, deliveryQuote, zoneOfWilaya } from "../zones"

const ALL_58 = Array.from({ length: 58 }, (_, index) => String(index + 1).padStart(2, "0"))

describe("delivery zones", () => {
  it("serve each of the 58 wilayas exactly once", () => {
    const served = DELIVERY_ZONES.flatMap((zone) => zone.wilayas)
    expect([...served].sort()).toEqual(ALL_58)
  })

  it("price Algiers and Tamanrasset from their zones", () => {
    expect(deliveryQuote("16", "home")).toEqual({ zone_id: "alger", mode: "home", amount: 600, delay_days: 1 })
    expect(deliveryQuote("16", "stopdesk")).toEqual({ zone_id: "alger", mode: "stopdesk", amount: 400, delay_days: 1 })
    expect(deliveryQuote("11", "home")).toEqual({ zone_id: "grand-sud", mode: "home", amount: 1800, delay_days: 6 })
    expect(deliveryQuote("11", "stopdesk")).toEqual({ zone_id: "grand-sud", mode: "stopdesk", amount: 1200, delay_days: 6 })
  })

  it("cost more and take longer the further from Algiers, stop-desk never dearer than home", () => {
    for (let index = 1; index < DELIVERY_ZONES.length; index++) {
      expect(DELIVERY_ZONES[index].home.price).toBeGreaterThan(DELIVERY_ZONES[index - 1].home.price)
      expect(DELIVERY_ZONES[index].home.delay_days).toBeGreaterThanOrEqual(DELIVERY_ZONES[index - 1].home.delay_days)
    }
    for (const zone of DELIVERY_ZONES) expect(zone.stopdesk.price).toBeLessThanOrEqual(zone.home.price)
  })

  it("refuse what is not a served wilaya code", () => {
    for (const code of ["", "0", "16 ", "59", "99", undefined, null]) {
      expect(deliveryQuote(code, "home")).toBeNull()
      expect(zoneOfWilaya(code)).toBeUndefined()
    }
  })
})
