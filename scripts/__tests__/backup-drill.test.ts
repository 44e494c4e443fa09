/**
 * The restore drill (scripts/lib/backup-drill.ts, docs/operations/backups.md): pgBackRest with
 * production's configuration backs up a throwaway PostgreSQL holding the real shop (the Medusa app
 * and our plugins migrated, seeded, an order and a visit placed through the shop's workflows), and a
 * point-in-time restore gives back exactly the rows of the noted time, the EXCLUDE constraint still
 * enforced. Kept under 3 minutes.
 */
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { runBackupDrill } from "../lib/backup-drill"
import { pgbackrestVersion } from "../lib/pgbackrest"

const installed = pgbackrestVersion() !== undefined
// CI installs pgbackrest (.ci/run); a developer machine without it skips, visibly.
const skip = !installed && !process.env.CI ? "pgBackRest is not installed (apt-get install pgbackrest)" : false

describe("backup and point-in-time restore drill on the real shop", { skip }, () => {
  // The runner stops a slower drill at 5 minutes; the 3-minute budget is the assertion below, which can fail.
  it("restores the order, the visit and the row counts of the noted time, nothing after, in under 3 minutes", { timeout: 300_000 }, async () => {
    const result = await runBackupDrill((line) => process.stdout.write(`[backup drill] ${line}\n`))
    process.stdout.write(`[backup drill] ${result.totalSeconds.toFixed(1)} s with ${result.postgres.source}\n`)
    const { shop, countsAtMark, restored } = result
    // The seed and the shop's workflows wrote them: one order, one visit, the seeded catalogue and closures.
    assert.equal(countsAtMark.order, 1)
    assert.equal(countsAtMark.appointment, 1)
    assert.ok(countsAtMark.product > 50 && countsAtMark.booking_closure > 0, JSON.stringify(countsAtMark))
    assert.deepEqual(restored.order, { id: shop.order_id, display_id: shop.order_display_id }, "the order deleted by the mistake is back")
    assert.deepEqual(restored.visit, { id: shop.appointment_id, technician_id: shop.technician_id }, "the visit deleted by the mistake is back")
    assert.deepEqual(restored.counts, countsAtMark, "every main table has its rows of the noted time")
    assert.deepEqual(restored.afterMark, [], "nothing written after the noted time")
    assert.deepEqual(restored.overlap, { code: "23P01", constraint: "appointment_no_overlap" }, "the EXCLUDE constraint refuses an overlapping visit")
    // The postgres-backup service's health check: none yet, then fresh, and too old under a 0-hour limit.
    assert.deepEqual(result.health, { beforeFirstBackup: 1, afterBackups: 0, tooOld: 2 })
    assert.ok(result.totalSeconds < 180, `the drill took ${result.totalSeconds} s`)
  })
})
