/**
 * `npm run backup [-- --type=full|diff|incr] [--compose]`: a backup now, then the list of backups and
 * the time range a restore can reach (pgBackRest `info`). Full by default.
 */
import { parseArgs } from "node:util"
import { pgbackrestCommand, runShown } from "./lib/backup-commands"
import { BACKUP_TYPES, backupArgs, infoArgs, type BackupType } from "./lib/pgbackrest-commands"

const say = (line: string) => process.stdout.write(`[backup] ${line}\n`)
const { values } = parseArgs({ options: { type: { type: "string", default: "full" }, compose: { type: "boolean", default: false } } })
const type = values.type as BackupType
if (!BACKUP_TYPES.includes(type)) {
  say(`--type must be one of ${BACKUP_TYPES.join(", ")} (got "${type}")`)
  process.exit(2)
}
const where = values.compose ? "compose" : "host"

say(`${type} backup of the stanza, ${where === "compose" ? "in the Compose services" : "on this host"}`)
if (!runShown(pgbackrestCommand(where, backupArgs(type)), say)) {
  say("FAILED: nothing was backed up (pgBackRest's message above); see docs/operations/backups.md")
  process.exit(1)
}
runShown(pgbackrestCommand(where, infoArgs()), say)
say("done: the list above shows this backup and the WAL range a restore can reach")
