/**
 * `npm run backup:drill`: the restore drill of docs/operations/backups.md on throwaway PostgreSQL
 * clusters holding the real shop and a throwaway pgBackRest repository (scripts/lib/backup-drill.ts).
 * Nothing of the developer's or production's data is touched.
 */
import { runBackupDrill } from "./lib/backup-drill"

const say = (line: string) => process.stdout.write(`[backup drill] ${line}\n`)

runBackupDrill(say).then(
  (result) => {
    const { shop, restored } = result
    say(
      `restored to ${result.restoredTo}: order #${shop.order_display_id} and visit ${shop.appointment_id} back, ` +
        `${Object.keys(restored.counts).length} tables with their row counts of that time, nothing written after it; ` +
        `an overlapping visit is refused (${restored.overlap.code} ${restored.overlap.constraint ?? ""})`
    )
    say(`passed in ${result.totalSeconds.toFixed(1)} s`)
  },
  (error: Error) => {
    process.stderr.write(`[backup drill] FAILED: ${error.message}\n`)
    process.exit(1)
  }
)
