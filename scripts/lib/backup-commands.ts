/**
 * Where `npm run backup` and `npm run restore` run pgBackRest: on this host (PostgreSQL installed
 * here, "Without Compose" in docs/operations/backups.md: as the `postgres` OS user), or in the
 * Compose services (`--compose`: the postgres-backup service holds the repository's key).
 */
import { spawnSync } from "node:child_process"
import { databaseOsUser } from "./pgbackrest"

export type Where = "host" | "compose"

/** The command line that runs `pgbackrest <args>` where the database is. */
export function pgbackrestCommand(where: Where, args: string[], compose: "exec" | "restore" = "exec"): string[] {
  if (where === "host") {
    const [file, argv] = databaseOsUser().asUser("pgbackrest", args)
    return [file, ...argv]
  }
  const secret = ["with-backup-secret.sh", "gosu", "postgres", "pgbackrest", ...args]
  // A restore runs with PostgreSQL stopped: in a one-off container of the postgres service, on its volume.
  return compose === "exec"
    ? ["docker", "compose", "exec", "-T", "postgres-backup", ...secret]
    : ["docker", "compose", "run", "--rm", "--no-deps", "--entrypoint", secret[0]!, "postgres", ...secret.slice(1)]
}

/** A command as one would type it (arguments with spaces or quotes quoted). */
export const shown = (command: readonly string[]) => command.map((part) => (/[\s"']/.test(part) ? JSON.stringify(part) : part)).join(" ")

/** Shows a command, runs it with the terminal's output, and says how it ended. */
export function runShown(command: string[], say: (line: string) => void): boolean {
  say(`$ ${shown(command)}`)
  const result = spawnSync(command[0]!, command.slice(1), { stdio: "inherit" })
  if (result.error) say(`could not run ${command[0]}: ${result.error.message}`)
  return result.status === 0
}
