/**
 * `npm run backup:drill`: the restore drill of docs/operations/backups.md on throwaway PostgreSQL
 * clusters and a throwaway pgBackRest repository (scripts/lib/backup-drill.ts). Nothing of the
 * developer's or production's data is touched.
 */
import { runBackupDrill } from "./lib/backup-drill"

const say = (line: string) => process.stdout.write(`[backup drill] ${line}\n`)

runBackupDrill(say).then(
  (result) => {
    say(
      `restored to ${result.restoredTo}: ${result.restoredOrders} orders and ${result.restoredVisits} visits as at that time, ` +
        `none of the orders written after it; an overlapping visit is refused (${result.overlapRefusedWith})`
    )
    say(`passed in ${result.totalSeconds.toFixed(1)} s`)
  },
  (error: Error) => {
    process.stderr.write(`[backup drill] FAILED: ${error.message}\n`)
    process.exit(1)
  }
)
