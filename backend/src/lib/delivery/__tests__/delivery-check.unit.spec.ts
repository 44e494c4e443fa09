import { deliveryProblem as problemIn } from "../delivery-check"
import type { DeliveryTable } from "../delivery-table"
import { SEED_DELIVERY_ZONES, SEED_STOP_DESKS } from "../../../scripts/seed/delivery-rates"

const seeded: DeliveryTable = {
  zones: SEED_DELIVERY_ZONES.map(({ handle, ...zone }) => ({ id: handle, ...zone })),
  stopDesks: SEED_STOP_DESKS.map((desk) => ({ ...desk, is_active: desk.id !== "sd-16-2" })),
}
const deliveryProblem = (province: string, methods: Parameters<typeof problemIn>[2]) => problemIn(seeded, province, methods)

const home = (wilaya: string, amount: number | string) => ({ amount, data: { mode: "home", wilaya_code: wilaya } })
const desk = (wilaya: string, deskId: string, amount: number) => ({ amount, data: { mode: "stopdesk", wilaya_code: wilaya, stop_desk_id: deskId } })

describe("deliveryProblem", () => {
  it("accepts delivery chosen for the address's wilaya at its current price", () => {
    expect(deliveryProblem("16", [home("16", 600)])).toBeNull()
    expect(deliveryProblem("16", [desk("16", "sd-16-1", 400)])).toBeNull()
    expect(deliveryProblem("54", [desk("54", "sd-54-1", 1200)])).toBeNull()
    expect(deliveryProblem("16", [])).toBeNull()
  })

  it("refuses a stop-desk in In Guezzam for an address moved to Algiers, even re-priced", () => {
    expect(deliveryProblem("16", [desk("54", "sd-54-1", 1200)])).toBe("delivery_for_another_wilaya")
    expect(deliveryProblem("16", [desk("54", "sd-54-1", 400)])).toBe("delivery_for_another_wilaya")
    expect(deliveryProblem("16", [desk("16", "sd-54-1", 400)])).toBe("stop_desk_in_another_wilaya")
    // An unknown desk, or one the office closed after the customer chose it: no longer one to ship to.
    expect(deliveryProblem("16", [desk("16", "sd-unknown", 400)])).toBe("stop_desk_required")
    expect(deliveryProblem("16", [desk("16", "sd-16-2", 400)])).toBe("stop_desk_required")
  })

  it("refuses a price that is not the wilaya's, and a wilaya no zone serves", () => {
    expect(deliveryProblem("54", [home("54", 600)])).toBe("delivery_price_changed")
    expect(deliveryProblem("16", [home("16", "600")])).toBeNull()
    expect(deliveryProblem("59", [home("59", 1800)])).toBe("no_delivery_to_wilaya")
  })

  it("leaves another provider's methods alone", () => {
    expect(deliveryProblem("16", [{ amount: 0, data: {} }, { amount: 5, data: null }])).toBeNull()
  })
})
