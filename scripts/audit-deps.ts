/**
 * `npm run audit:deps`: fails on a high or critical advisory in the installed dependencies
 * (audit-ci over npm's audit), except those on the dated allow-list (audit-allowlist.json); an
 * expired or undated exception fails the gate by itself.
 */
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { currentAllowlist, type AllowedAdvisory } from "./lib/audit-allowlist"
import { REPO_ROOT } from "./lib/paths"

const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Algiers" }).format(new Date())
const { advisories } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "audit-allowlist.json"), "utf8")) as { advisories: AllowedAdvisory[] }
const { allowed, expired } = currentAllowlist(advisories, today)
for (const entry of expired) process.stderr.write(`audit-allowlist.json: ${entry.id} expired on ${entry.until} (or has no date or reason): fix it or renew it with a reason\n`)
if (expired.length > 0) process.exit(1)

const audit = spawnSync(path.join(REPO_ROOT, "node_modules", ".bin", "audit-ci"), ["--high", "--report-type", "important", ...(allowed.length ? ["--allowlist", ...allowed] : [])], {
  cwd: REPO_ROOT,
  stdio: "inherit",
})
process.exit(audit.status ?? 1)
