/**
 * The whole shop on throwaway state, for browser tests and Lighthouse: the README's `npm run dev`
 * (embedded PostgreSQL, seed, Medusa, SMTP sink) without the storefront's dev server, and the
 * storefront's production build (`npm run build` + `next start`) against it. Stopped when `use` ends.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { parseEnv } from "node:util"
import { DEV_ADMIN_EMAIL } from "./dev-secrets"
import { DEV_TECHNICIAN_EMAILS } from "../../backend/src/scripts/seed/technician-logins"
import { REPO_ROOT, STOREFRONT_DIR } from "./paths"
import { freePort, waitFor } from "./ports"
import { run, startGroup, stopGroup } from "./processes"
import { TEST_SHOP_IDENTITY } from "./test-shop-identity"

export type ShopStack = {
  storefrontUrl: string
  backendUrl: string
  publishableKey: string
  adminEmail: string
  adminPassword: string
  /** A seeded technician's development login ("Mes interventions"). */
  technicianEmail: string
  technicianPassword: string
  mailDir: string
  stateDir: string
}

const say = (line: string) => process.stdout.write(`\n[shop] ${line}\n`)

export async function withShopStack<T>(use: (stack: ShopStack) => Promise<T>): Promise<T> {
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "mj-shop-"))
  fs.chmodSync(stateDir, 0o755)
  const ports = { api: await freePort(), storefront: await freePort(), database: await freePort(), smtp: await freePort(), satim: await freePort(), chargily: await freePort() }
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
    SATIM_SIMULATOR_PORT: String(ports.satim),
    CHARGILY_SIMULATOR_PORT: String(ports.chargily),
    // The shop's legal identity and contacts: made-up values, so the legal pages and links render whole.
    ...TEST_SHOP_IDENTITY,
  }
  for (const name of ["DATABASE_URL", "NODE_ENV", "JWT_SECRET", "COOKIE_SECRET", "LINK_SIGNING_SECRET", "STOREFRONT_REVALIDATE_SECRET", "REDIS_URL", "SMTP_HOST", "TEST_TYPE", "SATIM_BASE_URL", "CHARGILY_SECRET_KEY", "CHARGILY_MODE", "CHARGILY_BASE_URL"]) {
    delete env[name]
  }

  let output = ""
  const dev = startGroup("npm", ["run", "dev"], { cwd: REPO_ROOT, env, stdio: ["ignore", "pipe", "pipe"] })
  // SHOP_STACK_LOG=<file> keeps everything the stack printed, to read after a failed browser test.
  const log = process.env.SHOP_STACK_LOG ? fs.createWriteStream(process.env.SHOP_STACK_LOG) : undefined
  const keep = (chunk: Buffer) => {
    output += chunk
    log?.write(chunk)
  }
  dev.stdout!.on("data", keep)
  dev.stderr!.on("data", keep)
  let storefront: ReturnType<typeof startGroup> | undefined
  try {
    say(`starting the stack (API ${backendUrl})`)
    // Not before the dev runner has rebuilt the workspace plugins the storefront imports (it empties their build
    // folders first); from then on the build runs alongside the migrations, the seed and Medusa's start.
    const pluginsBuilt = await waitFor(async () => /^\[dev\] migrating$/m.test(output) || dev.exitCode !== null, 540_000, 250)
    if (!pluginsBuilt || dev.exitCode !== null) throw new Error(`npm run dev did not build its plugins:\n${output.slice(-4000)}`)
    say("building the storefront")
    await run("npm", ["run", "build"], { cwd: STOREFRONT_DIR, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } })
    const up = await waitFor(async () => /Publishable key\s+pk_/.test(output) || dev.exitCode !== null, 540_000, 500)
    if (!up || dev.exitCode !== null) throw new Error(`npm run dev did not come up:\n${output.slice(-4000)}`)
    // The data cache of an earlier run describes another database (other ids, another API port):
    // Next would serve it stale once before refreshing, so a fresh stack starts without it.
    fs.rmSync(path.join(STOREFRONT_DIR, ".next", "cache", "fetch-cache"), { recursive: true, force: true })
    const publishableKey = /Publishable key\s+(pk_\w+)/.exec(output)![1]
    // What the dev runner wrote for the storefront: the secret Medusa's catalogue notices carry.
    const storefrontEnv = parseEnv(fs.readFileSync(env.MJ_STOREFRONT_ENV_FILE!, "utf8"))
    storefront = startGroup("npx", ["next", "start", "--port", String(ports.storefront)], {
      cwd: STOREFRONT_DIR,
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        MEDUSA_BACKEND_URL: backendUrl,
        MEDUSA_PUBLISHABLE_KEY: publishableKey,
        STOREFRONT_URL: storefrontUrl,
        STOREFRONT_REVALIDATE_SECRET: storefrontEnv.STOREFRONT_REVALIDATE_SECRET,
        ...TEST_SHOP_IDENTITY,
      },
    })
    const ready = await waitFor(() => fetch(`${storefrontUrl}/fr`).then((response) => response.ok, () => false), 120_000, 500)
    if (!ready) throw new Error(`The storefront did not answer ${storefrontUrl}/fr`)
    return await use({
      storefrontUrl,
      backendUrl,
      publishableKey,
      adminEmail: DEV_ADMIN_EMAIL,
      adminPassword: fs.readFileSync(path.join(stateDir, "admin-password"), "utf8").trim(),
      technicianEmail: DEV_TECHNICIAN_EMAILS[0]!,
      technicianPassword: fs.readFileSync(path.join(stateDir, "technician-password"), "utf8").trim(),
      mailDir: path.join(stateDir, "mail"),
      stateDir,
    })
  } finally {
    if (storefront) await stopGroup(storefront)
    // Ctrl-C, as a developer stops it: the dev runner stops Medusa, the database and the mail sink.
    await stopGroup(dev, 20_000, "SIGINT")
    fs.rmSync(stateDir, { recursive: true, force: true })
  }
}
