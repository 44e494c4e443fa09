/**
 * The README's run command, for real: `npm run dev` on a fresh machine state (embedded PostgreSQL,
 * migrate, seed, admin, Medusa), the catalogue through the printed key, then Ctrl-C (SIGINT to the
 * whole foreground process group, as a terminal sends it) must leave nothing listening within 10 s.
 * A second run must skip the seed. The storefront in `next dev` hydrates its pages without a console
 * error (React reports hydration mismatches only there).
 */
import assert from "node:assert/strict"
import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { after, before, describe, it } from "node:test"
import { chromium } from "@playwright/test"
import { REPO_ROOT } from "../lib/paths"
import { freePort, isListening, waitFor } from "../lib/ports"

/** Console errors and page errors while each page loads and hydrates in Debian's Chromium, at phone width. */
async function consoleErrorsOn(base: string, paths: string[]): Promise<string[]> {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" })
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
    const errors: string[] = []
    let current = ""
    page.on("console", (message) => void (message.type() === "error" && errors.push(`${current}: ${message.text()}`)))
    page.on("pageerror", (error) => void errors.push(`${current}: ${error.message}`))
    for (const path of paths) {
      current = path
      // next dev compiles each page on its first request.
      await page.goto(base + path, { waitUntil: "networkidle", timeout: 180_000 })
    }
    return errors
  } finally {
    await browser.close()
  }
}

type DevRun = { child: ChildProcess; output: () => string; exited: Promise<number | null> }

const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "mj-dev-runner-"))
fs.chmodSync(stateDir, 0o755)
const storefrontEnvFile = path.join(stateDir, "storefront.env.local")
let ports: { api: number; storefront: number; database: number; smtp: number; satim: number; chargily: number }

function startDev(): DevRun {
  let output = ""
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MJ_DEV_STATE_DIR: stateDir,
    MJ_STOREFRONT_ENV_FILE: storefrontEnvFile,
    PORT: String(ports.api),
    STOREFRONT_PORT: String(ports.storefront),
    EMBEDDED_PG_PORT: String(ports.database),
    SMTP_SINK_PORT: String(ports.smtp),
    SATIM_SIMULATOR_PORT: String(ports.satim),
    CHARGILY_SIMULATOR_PORT: String(ports.chargily),
  }
  for (const name of ["DATABASE_URL", "NODE_ENV", "JWT_SECRET", "COOKIE_SECRET", "LINK_SIGNING_SECRET", "STOREFRONT_REVALIDATE_SECRET", "REDIS_URL", "SMTP_HOST", "SATIM_BASE_URL", "CHARGILY_SECRET_KEY", "CHARGILY_MODE", "CHARGILY_BASE_URL", "SMS_PROVIDER", "SMS_DEV_DIR"]) delete env[name]
  // A fresh machine has no shop identity: the banner must say so.
  for (const name of Object.keys(env)) if (name.startsWith("SHOP_")) delete env[name]
  // detached: its own process group, like a shell job in a terminal.
  const child = spawn("npm", ["run", "dev"], { cwd: REPO_ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
  child.stdout!.on("data", (chunk) => (output += chunk))
  child.stderr!.on("data", (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)))
  return { child, output: () => output, exited }
}

async function waitForBanner(run: DevRun): Promise<string> {
  const ready = await waitFor(async () => /Publishable key\s+pk_/.test(run.output()) || run.child.exitCode !== null, 540_000, 500)
  assert.ok(ready && run.child.exitCode === null, `npm run dev did not come up:\n${run.output().slice(-4000)}`)
  return /Publishable key\s+(pk_\w+)/.exec(run.output())![1]
}

/**
 * Runs `test` on a fresh `npm run dev`, then checks its Ctrl-C. When the test itself fails (the run
 * died before its banner, say), that failure is the one reported: the run is only stopped, unchecked.
 */
async function withDevRun(test: (run: DevRun) => Promise<void>) {
  const run = startDev()
  try {
    await test(run)
  } catch (failure) {
    await stopUnchecked(run)
    throw failure
  }
  await interruptAndCheckPorts(run)
}

/** Signals the run's process group; a group already gone (the run died) is not an error. */
function signalGroup(run: DevRun, signal: NodeJS.Signals) {
  try {
    process.kill(-run.child.pid!, signal)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error
  }
}

async function stopUnchecked(run: DevRun) {
  signalGroup(run, "SIGINT")
  const exited = await Promise.race([run.exited.then(() => true), new Promise<false>((resolve) => setTimeout(resolve, 15_000, false))])
  if (!exited) signalGroup(run, "SIGKILL")
}

/** Ctrl-C, then every port the run opened must be closed within 10 s. */
async function interruptAndCheckPorts(run: DevRun) {
  signalGroup(run, "SIGINT")
  const started = Date.now()
  const allClosed = await waitFor(
    async () => !(await Promise.all(Object.values(ports).map((port) => isListening(port)))).some(Boolean),
    10_000,
    100
  )
  const stillOpen = []
  for (const [name, port] of Object.entries(ports)) if (await isListening(port)) stillOpen.push(`${name}:${port}`)
  assert.ok(allClosed, `still listening 10 s after Ctrl-C: ${stillOpen.join(", ")}`)
  process.stdout.write(`# ports closed ${Date.now() - started} ms after SIGINT\n`)
  // npm itself dies of the SIGINT; the runner must still finish its own orderly shutdown.
  await run.exited
  assert.ok(await waitFor(async () => run.output().includes("[dev] stopped"), 10_000, 100), run.output().slice(-2000))
}

describe("npm run dev", { timeout: 1_200_000 }, () => {
  before(async () => {
    ports = { api: await freePort(), storefront: await freePort(), database: await freePort(), smtp: await freePort(), satim: await freePort(), chargily: await freePort() }
  })
  after(() => fs.rmSync(stateDir, { recursive: true, force: true }))

  it("first run: embedded database, migrate, seed, admin, Medusa; the printed key serves the catalogue; Ctrl-C stops all", async () => {
    await withDevRun(async (run) => {
      const key = await waitForBanner(run)
      assert.match(run.output(), /first run: seeding/)
      assert.match(run.output(), /Admin login\s+admin@mj-chauffage\.local \/ \S{16,}/)
      const manager = /Manager login\s+(gerant@mj-chauffage\.local) \/ (\S{16,})/.exec(run.output())
      assert.ok(manager, "the banner names the development manager's login")
      assert.match(run.output(), /Shop identity\s+WARNING: .*SHOP_PHONE, SHOP_WHATSAPP/)
      assert.ok(run.output().includes(`SMTP sink on port ${ports.smtp}, each message in ${path.join(stateDir, "mail")}`))
      assert.ok(run.output().includes(`SMS              not sent: each message in ${path.join(stateDir, "sms")}/<time>-<recipient>.txt`))
      const storefrontEnv = fs.readFileSync(storefrontEnvFile, "utf8")
      assert.equal(storefrontEnv.includes(`MEDUSA_PUBLISHABLE_KEY=${key}`), true)
      // The storefront gets the secret Medusa sends with its catalogue notices.
      const revalidateSecret = /^STOREFRONT_REVALIDATE_SECRET=(.{32,})$/m.exec(fs.readFileSync(path.join(stateDir, ".env"), "utf8"))?.[1]
      assert.ok(revalidateSecret && storefrontEnv.includes(`STOREFRONT_REVALIDATE_SECRET=${revalidateSecret}`), "storefront env lacks Medusa's revalidation secret")
      const api = `http://localhost:${ports.api}`
      const headers = { "x-publishable-api-key": key }
      // One login per staff role (plugins/staff-access): the manager's logs in and has that role.
      const login = await fetch(`${api}/auth/user/emailpass`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: manager[1], password: manager[2] }),
      })
      const { token } = (await login.json()) as { token: string }
      const access = await (await fetch(`${api}/admin/staff-access/me`, { headers: { authorization: `Bearer ${token}` } })).json()
      assert.equal(access.role, "manager")
      const regions = await (await fetch(`${api}/store/regions`, { headers })).json()
      const regionId = regions.regions[0].id
      assert.match(run.output(), new RegExp(`Card payments\\s+SATIM simulator on port ${ports.satim}`))
      assert.match(run.output(), new RegExp(`Chargily Pay\\s+simulator on port ${ports.chargily}`))
      const providers = await (await fetch(`${api}/store/payment-providers?region_id=${regionId}`, { headers })).json()
      assert.deepEqual(providers.payment_providers.map((provider: { id: string }) => provider.id).sort(), ["pp_baridpay_baridpay", "pp_chargily_chargily", "pp_cod_cod", "pp_satim_satim"])
      const response = await fetch(
        `${api}/store/products?limit=100&region_id=${regionId}&fields=*variants.calculated_price,+variants.inventory_quantity`,
        { headers }
      )
      assert.equal(response.status, 200)
      const catalogue = await response.json()
      assert.ok(catalogue.count >= 60, `count ${catalogue.count}`)
      const variant = catalogue.products[0].variants[0]
      assert.equal(variant.calculated_price.currency_code, "dzd")
      assert.equal(typeof variant.inventory_quantity, "number")
      assert.equal((await fetch(`${api}/app`)).status, 200)
      const pages = ["/fr", "/ar/reparation?wilaya=16&commune=Alger+Centre"]
      assert.deepEqual(await consoleErrorsOn(`http://localhost:${ports.storefront}`, pages), [])
    })
  })

  it("later run: migrates only (no second seed) and keeps the admin password", async () => {
    const firstPassword = fs.readFileSync(path.join(stateDir, "admin-password"), "utf8").trim()
    await withDevRun(async (run) => {
      await waitForBanner(run)
      assert.doesNotMatch(run.output(), /first run: seeding/)
      assert.match(run.output(), new RegExp(`Admin login\\s+admin@mj-chauffage\\.local / ${firstPassword}`))
    })
  })
})
