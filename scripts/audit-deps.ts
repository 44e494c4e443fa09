/**
 * `npm run audit:deps`: fails on a high or critical advisory in the installed dependencies
 * (audit-ci over npm's audit), except those on the dated allow-list (audit-allowlist.json); an
 * expired or undated exception fails the gate by itself.
 *
 * `--skip-if-unreachable` (how `npm test` runs it): when the registry does not answer npm's advisories
 * endpoint at all (a mirror that refuses it with 405, no network), say so and pass; any answer it does
 * give is gated as usual.
 */
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { currentAllowlist, type AllowedAdvisory } from "./lib/audit-allowlist"
import { REPO_ROOT } from "./lib/paths"

async function gate(): Promise<number> {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Algiers" }).format(new Date())
  const { advisories } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "audit-allowlist.json"), "utf8")) as { advisories: AllowedAdvisory[] }
  const { allowed, expired } = currentAllowlist(advisories, today)
  for (const entry of expired) process.stderr.write(`audit-allowlist.json: ${entry.id} expired on ${entry.until} (or has no date or reason): fix it or renew it with a reason\n`)
  if (expired.length > 0) return 1

  const registry = (process.env.npm_config_registry || "https://registry.npmjs.org/").replace(/\/?$/, "/")
  if (process.argv.includes("--skip-if-unreachable")) {
    const unreachable = await fetch(`${registry}-/npm/v1/security/advisories/bulk`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
      signal: AbortSignal.timeout(15_000),
    }).then(
      (answer) => (answer.ok ? null : `HTTP ${answer.status}`),
      (error: Error) => error.message
    )
    if (unreachable) {
      process.stdout.write(`[audit] skipped: ${registry} does not answer npm's advisories endpoint (${unreachable}); run \`npm run audit:deps\` where it does\n`)
      return 0
    }
  }

  const audit = spawnSync(path.join(REPO_ROOT, "node_modules", ".bin", "audit-ci"), ["--high", "--report-type", "important", ...(allowed.length ? ["--allowlist", ...allowed] : [])], {
    cwd: REPO_ROOT,
    stdio: "inherit",
  })
  return audit.status ?? 1
}

void gate().then((status) => process.exit(status))
