/**
 * `npm run restore -- --to "2027-01-05 14:32" [--compose] [--yes]`: the point-in-time restore of
 * docs/operations/backups.md. Without --yes it shows what it would do and stops; with it, it does
 * it. The time is Algiers time unless it names its offset.
 */
import { parseArgs } from "node:util"
import { pgbackrestCommand, runShown, shown, type Where } from "./lib/backup-commands"
import { restoreArgs, restoreTarget } from "./lib/pgbackrest-commands"

const say = (line: string) => process.stdout.write(`[restore] ${line}\n`)
const { values } = parseArgs({ options: { to: { type: "string" }, compose: { type: "boolean", default: false }, yes: { type: "boolean", default: false } } })
const to = values.to
if (!to) {
  say('say to when: npm run restore -- --to "2027-01-05 14:32" (Algiers time)')
  process.exit(2)
}
const parsed = restoreTarget(to)
if ("problem" in parsed) {
  say(parsed.problem)
  process.exit(2)
}
const where: Where = values.compose ? "compose" : "host"
const restore = pgbackrestCommand(where, restoreArgs(parsed.target), "restore")
const steps: Array<{ say: string; command?: string[] }> =
  where === "compose"
    ? [
        { say: "stop everything that writes", command: ["docker", "compose", "stop", "storefront", "medusa-server", "medusa-worker", "postgres-backup"] },
        { say: "stop PostgreSQL", command: ["docker", "compose", "stop", "postgres"] },
        { say: `restore the database as it was at ${parsed.target}`, command: restore },
        { say: "start PostgreSQL: it replays the archived WAL up to that time, then opens", command: ["docker", "compose", "up", "-d", "postgres"] },
      ]
    : [{ say: `restore the database as it was at ${parsed.target} (PostgreSQL must be stopped: pgBackRest refuses otherwise)`, command: restore }]
const after =
  where === "compose"
    ? ["check the data (docker compose exec postgres psql -U medusa mj_chauffage), then start the rest: docker compose up -d", "take a full backup at once: npm run backup -- --compose"]
    : ["start PostgreSQL (systemctl start postgresql): it replays the archived WAL up to that time, then opens", "check the data, start the shop, and take a full backup at once: npm run backup"]

say(`point-in-time restore to ${parsed.target}, ${where === "compose" ? "with Docker Compose" : "on this host"}`)
say("keep a copy of the damaged data folder first (--delta rewrites it in place): docs/operations/backups.md, step 2")
if (!values.yes) {
  steps.forEach((step, index) => say(`${index + 1}. ${step.say}: ${shown(step.command!)}`))
  after.forEach((line, index) => say(`${steps.length + index + 1}. ${line}`))
  say("nothing done yet: add --yes to run steps 1 to " + steps.length)
  process.exit(0)
}
for (const [index, step] of steps.entries()) {
  say(`${index + 1}. ${step.say}`)
  if (!runShown(step.command!, say)) {
    say(`FAILED at step ${index + 1}: see the message above and docs/operations/backups.md`)
    process.exit(1)
  }
}
say("restored. Next:")
after.forEach((line) => say(`- ${line}`))
