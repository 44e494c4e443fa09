import { COMMUNES } from "../reference"
import { zoneTerritoryProblem } from "../zone-territory"

const on = new Date("2026-12-05T10:00:00+01:00")
const communeOf = (wilayaCode: string) => COMMUNES.find((commune) => commune.wilaya_code === wilayaCode && !commune.valid_from && !commune.valid_until)!.id

describe("zoneTerritoryProblem", () => {
  it("accepts real wilayas, with every commune or some of theirs", () => {
    expect(zoneTerritoryProblem({ wilaya_codes: ["16"], commune_ids: null }, on)).toBeNull()
    expect(zoneTerritoryProblem({ wilaya_codes: ["09", "42"], commune_ids: [communeOf("09"), communeOf("42")] }, on)).toBeNull()
  })

  it("refuses a code that is not a wilaya in effect", () => {
    for (const code of ["00", "99", "016"]) {
      expect(zoneTerritoryProblem({ wilaya_codes: ["16", code], commune_ids: null }, on)).toEqual({ code: "unknown_wilaya", message: expect.stringContaining(code) })
    }
  })

  it("refuses a commune id that does not exist or lies outside the zone's wilayas", () => {
    expect(zoneTerritoryProblem({ wilaya_codes: ["16"], commune_ids: ["999999"] }, on)?.code).toBe("unknown_commune")
    const blida = communeOf("09")
    expect(zoneTerritoryProblem({ wilaya_codes: ["16"], commune_ids: [communeOf("16"), blida] }, on)).toEqual({
      code: "unknown_commune",
      message: expect.stringContaining(blida),
    })
  })
})
