/**
 * The restore drill (scripts/lib/backup-drill.ts, docs/operations/backups.md): pgBackRest with
 * production's configuration backs up a throwaway PostgreSQL, and a point-in-time restore gives back
 * exactly the rows of the noted time, the EXCLUDE constraint still enforced. Kept under 3 minutes.
 */
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { runBackupDrill } from "../lib/backup-drill"
import { pgbackrestVersion } from "../lib/pgbackrest"

const installed = pgbackrestVersion() !== undefined
// CI installs pgbackrest (.ci/run); a developer machine without it skips, visibly.
const skip = !installed && !process.env.CI ? "pgBackRest is not installed (apt-get install pgbackrest)" : false

describe("backup and point-in-time restore drill", { skip }, () => {
  // The runner stops a slower drill at 5 minutes; the 3-minute budget is the assertion below, which can fail.
  it("restores the orders and visits of the noted time, none after, in under 3 minutes", { timeout: 300_000 }, async () => {
    const result = await runBackupDrill((line) => process.stdout.write(`[backup drill] ${line}\n`))
    process.stdout.write(`[backup drill] ${result.totalSeconds.toFixed(1)} s with ${result.postgres.source}\n`)
    assert.equal(result.ordersAtMark, 1000)
    assert.equal(result.restoredOrders, 1000, "orders deleted by the mistake are back, those before the mark kept")
    assert.equal(result.restoredVisits, 1000)
    assert.equal(result.ordersAfterMark, 0, "nothing written after the noted time")
    assert.equal(result.overlapRefusedWith, "23P01", "the EXCLUDE constraint refuses an overlapping visit")
    // The postgres-backup service's health check: none yet, then fresh, and too old under a 0-hour limit.
    assert.deepEqual(result.health, { beforeFirstBackup: 1, afterBackups: 0, tooOld: 2 })
    assert.ok(result.totalSeconds < 180, `the drill took ${result.totalSeconds} s`)
  })
})
