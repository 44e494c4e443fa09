import { addressPlaceProblem } from "../address-place"

const on = { now: new Date("2026-12-05T10:00:00+01:00") }

describe("addressPlaceProblem", () => {
  it("accepts a real wilaya code with one of its communes, by French or Arabic name, in any case", () => {
    expect(addressPlaceProblem({ province: "16", city: "Alger Centre" }, on)).toBeNull()
    expect(addressPlaceProblem({ province: "16", city: "alger centre " }, on)).toBeNull()
    expect(addressPlaceProblem({ province: "01", city: "أدرار" }, on)).toBeNull()
  })

  it("refuses a code that is not a wilaya, or a real code with stray characters", () => {
    for (const province of ["99", "00", "16 ", " 16", "016", "16a", "Alger", "1"]) {
      expect([province, addressPlaceProblem({ province, city: "Alger Centre" }, on)]).toEqual([province, "unknown_wilaya"])
    }
    expect(addressPlaceProblem({ city: "Alger Centre" }, on)).toBe("unknown_wilaya")
  })

  it("refuses a commune of another wilaya", () => {
    expect(addressPlaceProblem({ province: "54", city: "Alger Centre" }, on)).toBe("unknown_commune")
    expect(addressPlaceProblem({ province: "16", city: "In Guezzam" }, on)).toBe("unknown_commune")
  })

  it("lets an address being filled in leave the place out, but not a complete one", () => {
    expect(addressPlaceProblem(null, on)).toBeNull()
    expect(addressPlaceProblem({}, on)).toBeNull()
    expect(addressPlaceProblem({ province: "16" }, on)).toBeNull()
    expect(addressPlaceProblem({}, { ...on, complete: true })).toBe("place_missing")
    expect(addressPlaceProblem({ province: "16" }, { ...on, complete: true })).toBe("place_missing")
  })

  it("knows only the wilayas in the territory data (59 to 69 are not there yet)", () => {
    expect(addressPlaceProblem({ province: "59" }, on)).toBe("unknown_wilaya")
    expect(addressPlaceProblem({ province: "58", city: "El Meniaa" }, on)).toBeNull()
  })
})
