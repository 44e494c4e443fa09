import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { backupArgs, restoreArgs, restoreTarget } from "../lib/pgbackrest-commands"

const NOW = new Date("2027-01-06T10:00:00+01:00")

describe("the restore time an operator types", () => {
  it("reads a time without an offset as Algiers time (UTC+1 all year)", () => {
    assert.deepEqual(restoreTarget("2027-01-05 14:32", NOW), { target: "2027-01-05 14:32:00+01" })
    assert.deepEqual(restoreTarget(" 2027-01-05T14:32:59 ", NOW), { target: "2027-01-05 14:32:59+01" })
    // In July too: Algeria has no daylight saving time.
    assert.deepEqual(restoreTarget("2026-07-14 09:05", NOW), { target: "2026-07-14 09:05:00+01" })
  })

  it("keeps an offset it is given, and fractions of a second", () => {
    assert.deepEqual(restoreTarget("2027-01-05 13:32:00.123456+00", NOW), { target: "2027-01-05 13:32:00.123456+00" })
    assert.deepEqual(restoreTarget("2027-01-05 13:32Z", NOW), { target: "2027-01-05 13:32:00+00" })
    assert.deepEqual(restoreTarget("2027-01-05 15:32+02:00", NOW), { target: "2027-01-05 15:32:00+0200" })
  })

  it("refuses what is not a time, an impossible date, and the future", () => {
    for (const input of ["yesterday", "05/01/2027 14:32", "2027-01-05", ""]) assert.match((restoreTarget(input, NOW) as { problem: string }).problem, /YYYY-MM-DD HH:MM/)
    for (const input of ["2027-02-30 10:00", "2027-13-01 10:00", "2027-01-05 24:00", "2027-01-05 14:60"]) {
      assert.match((restoreTarget(input, NOW) as { problem: string }).problem, /not a real date/, input)
    }
    assert.match((restoreTarget("2027-01-06 10:01", NOW) as { problem: string }).problem, /still to come/)
  })
})

describe("the pgBackRest arguments", () => {
  it("back up and restore the shop's stanza, over the data folder or into another", () => {
    assert.deepEqual(backupArgs("diff"), ["--stanza=mj-chauffage", "--type=diff", "backup"])
    assert.deepEqual(restoreArgs("2027-01-05 14:32:00+01"), [
      "--stanza=mj-chauffage",
      "--delta",
      "--type=time",
      "--target=2027-01-05 14:32:00+01",
      "--target-action=promote",
      "restore",
    ])
    assert.ok(restoreArgs("2027-01-05 14:32:00+01", { pg1Path: "/tmp/copy" }).includes("--pg1-path=/tmp/copy"))
    assert.ok(!restoreArgs("2027-01-05 14:32:00+01", { pg1Path: "/tmp/copy" }).includes("--delta"))
  })
})
