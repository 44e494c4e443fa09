/**
 * `npm run test:e2e`: the storefront in real Chromium against the real stack. It starts the
 * README's `npm run dev` on throwaway state (embedded PostgreSQL, seed, Medusa, SMTP sink) without
 * the storefront's dev server, builds and starts the storefront's production build against it,
 * then runs Playwright (Debian Chromium). Everything is stopped at the end. Prints Playwright's counts.
 */
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { REPO_ROOT, STOREFRONT_DIR } from "./lib/paths"
import { freePort, waitFor } from "./lib/ports"
import { run, startGroup, stopGroup } from "./lib/processes"

export type E2eCounts = { passed: number; failed: number }

/** Signals a whole process group; one that already exited is fine. */
function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error
  }
}

const say = (line: string) => process.stdout.write(`\n[e2e] ${line}\n`)

export async function runEndToEnd(): Promise<E2eCounts> {
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "mj-e2e-"))
  fs.chmodSync(stateDir, 0o755)
  const ports = { api: await freePort(), storefront: await freePort(), database: await freePort(), smtp: await freePort() }
  const backendUrl = `http://localhost:${ports.api}`
  const storefrontUrl = `http://localhost:${ports.storefront}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MJ_DEV_STATE_DIR: stateDir,
    MJ_STOREFRONT_ENV_FILE: path.join(stateDir, "storefront.env"),
    MJ_DEV_WITHOUT_STOREFRONT: "1",
    PORT: String(ports.api),
    STOREFRONT_PORT: String(ports.storefront),
    EMBEDDED_PG_PORT: String(ports.database),
    SMTP_SINK_PORT: String(ports.smtp),
  }
  for (const name of ["DATABASE_URL", "NODE_ENV", "JWT_SECRET", "COOKIE_SECRET", "LINK_SIGNING_SECRET", "REDIS_URL", "SMTP_HOST", "TEST_TYPE"]) {
    delete env[name]
  }

  let output = ""
  const dev = spawn("npm", ["run", "dev"], { cwd: REPO_ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
  dev.stdout!.on("data", (chunk) => (output += chunk))
  dev.stderr!.on("data", (chunk) => (output += chunk))
  let storefront: ReturnType<typeof startGroup> | undefined
  const report = path.join(stateDir, "playwright.json")
  try {
    say(`starting the stack (API ${backendUrl}) and building the storefront`)
    const build = run("npx", ["next", "build"], { cwd: STOREFRONT_DIR, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } })
    const up = await waitFor(async () => /Publishable key\s+pk_/.test(output) || dev.exitCode !== null, 540_000, 500)
    if (!up || dev.exitCode !== null) throw new Error(`npm run dev did not come up:\n${output.slice(-4000)}`)
    await build
    const publishableKey = /Publishable key\s+(pk_\w+)/.exec(output)![1]
    const adminPassword = fs.readFileSync(path.join(stateDir, "admin-password"), "utf8").trim()
    const storefrontEnv = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      MEDUSA_BACKEND_URL: backendUrl,
      MEDUSA_PUBLISHABLE_KEY: publishableKey,
      STOREFRONT_URL: storefrontUrl,
    }
    storefront = startGroup("npx", ["next", "start", "--port", String(ports.storefront)], { cwd: STOREFRONT_DIR, env: storefrontEnv })
    const ready = await waitFor(() => fetch(`${storefrontUrl}/fr`).then((response) => response.ok, () => false), 120_000, 500)
    if (!ready) throw new Error(`The storefront did not answer ${storefrontUrl}/fr`)

    say("Playwright (Debian Chromium)")
    await run("npx", ["playwright", "test"], {
      cwd: STOREFRONT_DIR,
      env: {
        ...process.env,
        E2E_BASE_URL: storefrontUrl,
        E2E_MEDUSA_URL: backendUrl,
        E2E_ADMIN_EMAIL: "admin@mj-chauffage.local",
        E2E_ADMIN_PASSWORD: adminPassword,
        E2E_MAIL_DIR: path.join(stateDir, "mail"),
        PLAYWRIGHT_JSON_OUTPUT_NAME: report,
      },
    }).catch(() => undefined)
    if (!fs.existsSync(report)) throw new Error("Playwright wrote no report")
    const { stats } = JSON.parse(fs.readFileSync(report, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number } }
    return { passed: stats.expected + stats.flaky, failed: stats.unexpected }
  } finally {
    if (storefront) await stopGroup(storefront)
    if (dev.exitCode === null) {
      signalGroup(dev.pid!, "SIGINT")
      await waitFor(async () => dev.exitCode !== null, 20_000, 200)
      if (dev.exitCode === null) signalGroup(dev.pid!, "SIGKILL")
    }
    fs.rmSync(stateDir, { recursive: true, force: true })
  }
}

if (require.main === module) {
  runEndToEnd().then(
    ({ passed, failed }) => {
      process.stdout.write(`\ne2e: ${passed} passed, ${failed} failed\n`)
      process.exit(failed ? 1 : 0)
    },
    (error: Error) => {
      process.stderr.write(`\n${error.message}\n`)
      process.exit(1)
    }
  )
}
