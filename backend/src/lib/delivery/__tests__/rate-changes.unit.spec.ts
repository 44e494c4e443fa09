import fc from "fast-check"
import { stopDeskPlaceProblem, wilayaAssignmentProblem } from "../rate-changes"

const ZONES = new Set(["dzone_a", "dzone_b"])
const wilayaCode = fc.integer({ min: 1, max: 69 }).map((code) => String(code).padStart(2, "0"))
const zoneId = fc.constantFrom("dzone_a", "dzone_b", null)

describe("wilaya assignments", () => {
  it("accept real wilayas, each once, in existing zones or none", () => {
    expect(wilayaAssignmentProblem([{ wilaya_code: "16", zone_id: "dzone_a" }, { wilaya_code: "11", zone_id: null }, { wilaya_code: "58", zone_id: "dzone_b" }], ZONES)).toBeNull()
  })

  it("refuse any change that lists a wilaya twice, whatever the zones", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ wilaya_code: wilayaCode, zone_id: zoneId }), { minLength: 1, maxLength: 10 }), fc.nat(), (assignments, pick) => {
        const repeated = { ...assignments[pick % assignments.length]!, zone_id: "dzone_b" }
        expect(wilayaAssignmentProblem([...assignments, repeated], ZONES)?.code).toBe("delivery_wilaya_twice")
      })
    )
  })

  it("refuse an unknown wilaya, then an unknown zone", () => {
    expect(wilayaAssignmentProblem([{ wilaya_code: "70", zone_id: "dzone_a" }], ZONES)?.code).toBe("unknown_wilaya")
    expect(wilayaAssignmentProblem([{ wilaya_code: "00", zone_id: null }], ZONES)?.code).toBe("unknown_wilaya")
    expect(wilayaAssignmentProblem([{ wilaya_code: "16", zone_id: "dzone_x" }], ZONES)).toEqual({ code: "delivery_zone_not_found", message: "Zone de livraison introuvable : dzone_x." })
  })
})

describe("stop-desk place", () => {
  it("accepts a wilaya with one of its communes, by French or Arabic name, or without commune", () => {
    expect(stopDeskPlaceProblem({ wilaya_code: "16", commune: "Bab Ezzouar" })).toBeNull()
    expect(stopDeskPlaceProblem({ wilaya_code: "16", commune: "باب الزوار" })).toBeNull()
    expect(stopDeskPlaceProblem({ wilaya_code: "11", commune: null })).toBeNull()
  })

  it("refuses an unknown wilaya, and a commune of another wilaya", () => {
    expect(stopDeskPlaceProblem({ wilaya_code: "99" })?.code).toBe("unknown_wilaya")
    expect(stopDeskPlaceProblem({ wilaya_code: "31", commune: "Bab Ezzouar" })?.code).toBe("unknown_commune")
  })
})
