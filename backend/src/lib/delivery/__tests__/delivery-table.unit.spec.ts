import { deliveryQuote, findActiveStopDesk, stopDesksOf, zoneOfWilaya, type DeliveryTable } from "../delivery-table"
import { SEED_DELIVERY_ZONES, SEED_STOP_DESKS } from "../../../scripts/seed/delivery-rates"

const ALL_58 = Array.from({ length: 58 }, (_, index) => String(index + 1).padStart(2, "0"))

/** The table as the module reads it from the seeded database. */
const seeded: DeliveryTable = {
  zones: SEED_DELIVERY_ZONES.map(({ handle, ...zone }) => ({ id: handle, ...zone })),
  stopDesks: SEED_STOP_DESKS.map((desk) => ({ ...desk, is_active: true })),
}

describe("delivery table", () => {
  it("the seeded zones serve each of the 58 wilayas exactly once", () => {
    const served = seeded.zones.flatMap((zone) => zone.wilayas)
    expect([...served].sort()).toEqual(ALL_58)
  })

  it("prices Algiers and Tamanrasset from their zones", () => {
    expect(deliveryQuote(seeded, "16", "home")).toEqual({ zone_id: "alger", mode: "home", amount: 600, delay_days: 1 })
    expect(deliveryQuote(seeded, "16", "stopdesk")).toEqual({ zone_id: "alger", mode: "stopdesk", amount: 400, delay_days: 1 })
    expect(deliveryQuote(seeded, "11", "home")).toEqual({ zone_id: "grand-sud", mode: "home", amount: 1800, delay_days: 6 })
    expect(deliveryQuote(seeded, "11", "stopdesk")).toEqual({ zone_id: "grand-sud", mode: "stopdesk", amount: 1200, delay_days: 6 })
  })

  it("the seeded zones cost more and take longer the further from Algiers, stop-desk never dearer than home", () => {
    for (let index = 1; index < seeded.zones.length; index++) {
      expect(seeded.zones[index].home.price).toBeGreaterThan(seeded.zones[index - 1].home.price)
      expect(seeded.zones[index].home.delay_days).toBeGreaterThanOrEqual(seeded.zones[index - 1].home.delay_days)
    }
    for (const zone of seeded.zones) expect(zone.stopdesk.price).toBeLessThanOrEqual(zone.home.price)
  })

  it("prices from the table it is given: a changed price is the new price, a wilaya without zone is not served", () => {
    const dearer: DeliveryTable = { ...seeded, zones: seeded.zones.map((zone) => (zone.id === "alger" ? { ...zone, home: { price: 750, delay_days: 2 } } : zone)) }
    expect(deliveryQuote(dearer, "09", "home")).toEqual({ zone_id: "alger", mode: "home", amount: 750, delay_days: 2 })
    expect(deliveryQuote(dearer, "09", "stopdesk")?.amount).toBe(400)
    const withoutSouth: DeliveryTable = { ...seeded, zones: seeded.zones.filter((zone) => zone.id !== "grand-sud") }
    expect(deliveryQuote(withoutSouth, "11", "home")).toBeNull()
  })

  it("refuses what is not a served wilaya code", () => {
    for (const code of ["", "0", "16 ", "59", "99", undefined, null]) {
      expect(deliveryQuote(seeded, code, "home")).toBeNull()
      expect(zoneOfWilaya(seeded, code)).toBeUndefined()
    }
  })

  it("offers a wilaya's active stop-desks only", () => {
    expect(stopDesksOf(seeded, "16").map((desk) => desk.id).sort()).toEqual(["sd-16-1", "sd-16-2", "sd-16-3", "sd-16-4"])
    const closed: DeliveryTable = { ...seeded, stopDesks: seeded.stopDesks.map((desk) => (desk.id === "sd-16-2" ? { ...desk, is_active: false } : desk)) }
    expect(stopDesksOf(closed, "16").map((desk) => desk.id)).not.toContain("sd-16-2")
    expect(findActiveStopDesk(closed, "sd-16-2")).toBeUndefined()
    expect(findActiveStopDesk(closed, "sd-16-1")?.wilaya_code).toBe("16")
  })
})
