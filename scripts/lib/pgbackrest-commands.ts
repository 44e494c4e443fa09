/**
 * The pgBackRest commands of docs/operations/backups.md, in one place: `npm run backup`, `npm run
 * restore` and the restore drill (which thereby proves the very arguments the operator runs).
 */
export const STANZA = "mj-chauffage"

export const BACKUP_TYPES = ["full", "diff", "incr"] as const
export type BackupType = (typeof BACKUP_TYPES)[number]

export const backupArgs = (type: BackupType) => [`--stanza=${STANZA}`, `--type=${type}`, "backup"]
export const infoArgs = () => [`--stanza=${STANZA}`, "info"]

/**
 * The arguments of a point-in-time restore to `target`: over the existing data folder (`--delta`,
 * rewriting only the files that differ), or into an empty one (`pg1Path`, as the drill does).
 * PostgreSQL then replays the archived WAL up to the target and opens on a new timeline.
 */
export function restoreArgs(target: string, into?: { pg1Path: string }): string[] {
  return [`--stanza=${STANZA}`, ...(into ? [`--pg1-path=${into.pg1Path}`] : ["--delta"]), "--type=time", `--target=${target}`, "--target-action=promote", "restore"]
}

const TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,6})?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/

/**
 * "2027-01-05 14:32" → "2027-01-05 14:32:00+01": a time the operator types, in Algiers time (UTC+1
 * all year, no daylight saving) unless it names its offset, as pgBackRest's target. Refused: a
 * malformed or impossible date, or a time still to come.
 */
export function restoreTarget(input: string, now = new Date()): { target: string } | { problem: string } {
  const match = TIME.exec(input.trim())
  if (!match) return { problem: `"${input}" is not a time: write it as YYYY-MM-DD HH:MM (Algiers time), e.g. "2027-01-05 14:32"` }
  const [, year, month, day, hour, minute, second = "00", fraction = "", zone] = match
  const offset = !zone ? "+01" : zone === "Z" ? "+00" : zone.replace(":", "")
  const target = `${year}-${month}-${day} ${hour}:${minute}:${second}${fraction}${offset}`
  const isoOffset = offset.length === 3 ? `${offset}:00` : `${offset.slice(0, 3)}:${offset.slice(3)}`
  const at = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}${fraction}${isoOffset}`)
  // Date rolls 31 February over to March: the fields must read back the same.
  const fieldsHold = !Number.isNaN(at.getTime()) && Number(month) >= 1 && Number(month) <= 12 && Number(day) <= new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate()
  if (!fieldsHold || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return { problem: `"${input}" is not a real date and time` }
  if (at.getTime() > now.getTime()) return { problem: `${target} is still to come: a restore goes back to a time that has passed` }
  return { target }
}
