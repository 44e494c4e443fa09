import { MAX_QUERY_LENGTH, mergeHits, searchPlan } from "../search-plan"

describe("searchPlan", () => {
  it.each([
    ["S1068 900", "S1068900"],
    ["s-106-8900", "S1068900"],
    ["0020.025/741", "0020025741"],
    ["chaudiere etanche", null],
    ["مضخة تدوير Vaillant", null],
    ["Luna 3", "LUNA3"],
    ["12", null],
  ])("%s → part number %s", (query, partNumber) => {
    expect(searchPlan(query).partNumber).toBe(partNumber)
  })

  it("tidies the words and cuts an overlong query", () => {
    expect(searchPlan("  saunier   duval\tthema ").words).toBe("saunier duval thema")
    expect(searchPlan("a".repeat(300)).words).toHaveLength(MAX_QUERY_LENGTH)
  })
})

describe("mergeHits", () => {
  it("puts part-number hits first, once each, within the limit", () => {
    expect(mergeHits(["p1", "p2"], ["p3", "p1", "p4"], 3)).toEqual(["p1", "p2", "p3"])
  })
})
