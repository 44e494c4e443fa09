/**
 * `npm run dev`: the whole platform on one machine with nothing else installed.
 * PostgreSQL: DATABASE_URL, else an embedded PostgreSQL 16 whose data persists in the state folder.
 * First run: create the database, migrate, seed, create the development admin; later runs: migrate.
 * Then Medusa (API + admin) and, once it has a dev script, the storefront; Ctrl-C stops them all.
 */
import fs from "node:fs"
import path from "node:path"
import type { ChildProcess } from "node:child_process"
import { buildPlugins } from "./build-plugins"
import { ensureDatabase, findPublishableKey, userExists } from "./lib/database"
import { DEV_ADMIN_EMAIL, DEV_MANAGER_EMAIL, ensureDevAdminPassword, ensureDevManagerPassword, ensureDevSecrets, ensureDevTechnicianPassword } from "./lib/dev-secrets"
import { DEV_TECHNICIAN_EMAILS } from "../backend/src/scripts/seed/technician-logins"
import { startEmbeddedPostgres, type RunningPostgres } from "./lib/embedded-postgres"
import { startSmtpSink, type SmtpSink } from "./lib/smtp-sink"
import { shopIdentityBannerLine } from "./lib/shop-identity-banner"
import { startChargilySimulator, type ChargilySimulator } from "./lib/chargily-simulator/server"
import { startSatimSimulator, type SatimSimulator } from "./lib/satim-simulator/server"
import { SUCCESS_CARD } from "./lib/satim-simulator/test-cards"
import { STOREFRONT_KEY_TITLE } from "../backend/src/scripts/seed/storefront-key"
import { DEMO_BARIDPAY_QR_PAYLOAD, DEMO_BARIDPAY_RIP } from "../backend/src/config/baridpay-demo"
import { BACKEND_DIR, REPO_ROOT, STOREFRONT_DIR, devStateDir } from "./lib/paths"
import { isListening, waitFor } from "./lib/ports"
import { run, startGroup, stopGroup } from "./lib/processes"

/** Development only: a made-up CCP account (not a real one) so BaridPay shows on the checkout. */

const DATABASE_NAME = "mj_chauffage"

const say = (line: string) => process.stdout.write(`[dev] ${line}\n`)

function loadRootEnv() {
  const file = path.join(REPO_ROOT, ".env")
  if (fs.existsSync(file)) process.loadEnvFile(file)
}

function storefrontHasDevScript(): boolean {
  // The end-to-end tests run the storefront's production build themselves.
  if (process.env.MJ_DEV_WITHOUT_STOREFRONT === "1") return false
  const manifest = path.join(STOREFRONT_DIR, "package.json")
  if (!fs.existsSync(manifest)) return false
  return Boolean(JSON.parse(fs.readFileSync(manifest, "utf8")).scripts?.dev)
}

/** storefront/.env.local (MJ_STOREFRONT_ENV_FILE elsewhere, for tests). */
function writeStorefrontEnv(values: Record<string, string>) {
  const body = Object.entries(values).map(([key, value]) => `${key}=${value}`).join("\n")
  fs.writeFileSync(
    process.env.MJ_STOREFRONT_ENV_FILE || path.join(STOREFRONT_DIR, ".env.local"),
    `# Written by npm run dev; read at run time by the storefront's server code. Git-ignored.\n${body}\n`
  )
}

async function main() {
  loadRootEnv()
  const stateDir = devStateDir()
  fs.mkdirSync(stateDir, { recursive: true })
  const secrets = ensureDevSecrets(stateDir)
  const apiPort = Number(process.env.PORT || 9000)
  const storefrontPort = Number(process.env.STOREFRONT_PORT || 8000)
  const databasePort = Number(process.env.EMBEDDED_PG_PORT || 5433)
  const smtpSinkPort = Number(process.env.SMTP_SINK_PORT || 1025)
  const satimSimulatorPort = Number(process.env.SATIM_SIMULATOR_PORT || 9010)
  const chargilySimulatorPort = Number(process.env.CHARGILY_SIMULATOR_PORT || 9011)

  const children: ChildProcess[] = []
  let database: RunningPostgres | undefined
  let mailSink: SmtpSink | undefined
  let satimSimulator: SatimSimulator | undefined
  let chargilySimulator: ChargilySimulator | undefined
  let stopping = false
  const shutdown = async (code: number) => {
    if (stopping) return
    stopping = true
    say("stopping…")
    await Promise.all(children.map((child) => stopGroup(child)))
    await database?.stop()
    await mailSink?.stop()
    await satimSimulator?.stop()
    await chargilySimulator?.stop()
    say("stopped")
    process.exit(code)
  }
  process.on("SIGINT", () => void shutdown(0))
  process.on("SIGTERM", () => void shutdown(0))

  try {
    let databaseUrl = process.env.DATABASE_URL
    if (!databaseUrl) {
      if (await isListening(databasePort)) {
        throw new Error(`Port ${databasePort} is taken: set EMBEDDED_PG_PORT to a free port, or DATABASE_URL.`)
      }
      say(`starting the embedded PostgreSQL 16 on port ${databasePort} (data in ${path.join(stateDir, "pgdata")})`)
      database = await startEmbeddedPostgres({
        dataDir: path.join(stateDir, "pgdata"),
        port: databasePort,
        password: secrets.EMBEDDED_PG_PASSWORD,
        persistent: true,
      })
      databaseUrl = database.url(DATABASE_NAME)
    }

    // Customer e-mails land in a local sink unless a real SMTP server is configured.
    if (!process.env.SMTP_HOST) {
      if (await isListening(smtpSinkPort)) throw new Error(`Port ${smtpSinkPort} is taken: set SMTP_SINK_PORT to a free port.`)
      mailSink = await startSmtpSink({ port: smtpSinkPort, dir: path.join(stateDir, "mail") })
    }

    // Card payments go to a local SATIM simulator unless SATIM credentials are configured.
    if (!process.env.SATIM_BASE_URL) {
      if (await isListening(satimSimulatorPort)) throw new Error(`Port ${satimSimulatorPort} is taken: set SATIM_SIMULATOR_PORT to a free port.`)
      satimSimulator = await startSatimSimulator({ port: satimSimulatorPort })
    }

    // Chargily Pay goes to a local simulator unless a Chargily key is configured.
    if (!process.env.CHARGILY_SECRET_KEY) {
      if (await isListening(chargilySimulatorPort)) throw new Error(`Port ${chargilySimulatorPort} is taken: set CHARGILY_SIMULATOR_PORT to a free port.`)
      chargilySimulator = await startChargilySimulator({ port: chargilySimulatorPort })
    }

    // SMS (visit reminders, technicians' notices) become text files unless another SMS_PROVIDER is set.
    const smsDir = !process.env.SMS_PROVIDER || process.env.SMS_PROVIDER === "dev" ? process.env.SMS_DEV_DIR || path.join(stateDir, "sms") : undefined

    const medusaEnv: NodeJS.ProcessEnv = {
      ...secrets,
      ...process.env,
      NODE_ENV: "development",
      DATABASE_URL: databaseUrl,
      PORT: String(apiPort),
      STOREFRONT_PORT: String(storefrontPort),
      MEDUSA_DISABLE_TELEMETRY: "true",
      STOREFRONT_URL: process.env.STOREFRONT_URL || `http://localhost:${storefrontPort}`,
      // The storefront runs on this machine and forwards each shopper's address (rate limits per shopper).
      TRUSTED_PROXIES: process.env.TRUSTED_PROXIES ?? "loopback",
      ...(mailSink ? { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(mailSink.port) } : {}),
      ...(smsDir ? { SMS_DEV_DIR: smsDir } : {}),
      ...(satimSimulator
        ? {
            SATIM_BASE_URL: satimSimulator.baseUrl,
            SATIM_USERNAME: satimSimulator.credentials.userName,
            SATIM_PASSWORD: satimSimulator.credentials.password,
            SATIM_TERMINAL_ID: satimSimulator.credentials.terminalId,
          }
        : {}),
      ...(chargilySimulator ? { CHARGILY_SECRET_KEY: chargilySimulator.secretKey, CHARGILY_MODE: "test", CHARGILY_BASE_URL: chargilySimulator.baseUrl } : {}),
      // BaridPay needs only the shop's account: a demo RIP and QR text unless the developer set real ones.
      BARIDPAY_RIP: process.env.BARIDPAY_RIP || DEMO_BARIDPAY_RIP,
      ...(process.env.BARIDPAY_RIP ? {} : { BARIDPAY_QR_PAYLOAD: DEMO_BARIDPAY_QR_PAYLOAD }),
    }
    const medusa = (args: string[]) => run("npx", ["medusa", ...args], { cwd: BACKEND_DIR, env: medusaEnv })

    say("building plugins")
    await buildPlugins()
    const created = await ensureDatabase(databaseUrl)
    if (created) say(`created database ${DATABASE_NAME}`)
    say("migrating")
    await medusa(["db:migrate"])
    if (!(await findPublishableKey(databaseUrl, STOREFRONT_KEY_TITLE))) {
      say("first run: seeding the store and its catalogue")
      await medusa(["exec", "./src/scripts/seed.ts"])
    }
    const admin = ensureDevAdminPassword(stateDir)
    if (!(await userExists(databaseUrl, DEV_ADMIN_EMAIL))) {
      // "--name=value": a generated password may start with "-", which the CLI would read as an option.
      await medusa(["user", `--email=${DEV_ADMIN_EMAIL}`, `--password=${admin.password}`])
    } else if (admin.created) {
      say(`warning: ${DEV_ADMIN_EMAIL} exists but its password file was lost; delete the user or the database to reset it`)
    }
    // Each seeded technician gets a login linked to them ("Mes interventions"); only missing ones are made.
    const technicianPassword = ensureDevTechnicianPassword(stateDir).password
    await run("npx", ["medusa", "exec", "./src/scripts/dev-technician-logins.ts"], { cwd: BACKEND_DIR, env: { ...medusaEnv, DEV_TECHNICIAN_PASSWORD: technicianPassword } })
    // One login per staff role (plugins/staff-access): the admin above, a manager, the technicians.
    const managerPassword = ensureDevManagerPassword(stateDir).password
    await run("npx", ["medusa", "exec", "./src/scripts/dev-staff-roles.ts"], {
      cwd: BACKEND_DIR,
      env: { ...medusaEnv, DEV_ADMIN_EMAIL, DEV_MANAGER_EMAIL, DEV_MANAGER_PASSWORD: managerPassword },
    })
    const publishableKey = await findPublishableKey(databaseUrl, STOREFRONT_KEY_TITLE)
    if (!publishableKey) throw new Error("The seed did not create the storefront's publishable API key.")
    const backendUrl = `http://localhost:${apiPort}`
    // The same revalidation secret as Medusa's: its catalogue subscriber empties the storefront's cache with it.
    const storefrontRevalidateSecret = process.env.STOREFRONT_REVALIDATE_SECRET || secrets.STOREFRONT_REVALIDATE_SECRET
    writeStorefrontEnv({
      MEDUSA_BACKEND_URL: backendUrl,
      MEDUSA_PUBLISHABLE_KEY: publishableKey,
      STOREFRONT_REVALIDATE_SECRET: storefrontRevalidateSecret,
    })

    const server = startGroup("npx", ["medusa", "develop"], { cwd: BACKEND_DIR, env: medusaEnv })
    children.push(server)
    server.once("exit", (code) => {
      if (!stopping) {
        say(`medusa develop exited (${code}); stopping everything`)
        void shutdown(1)
      }
    })
    const withStorefront = storefrontHasDevScript()
    if (withStorefront) {
      children.push(
        startGroup("npm", ["run", "dev"], {
          cwd: STOREFRONT_DIR,
          // Given directly as well as in the env file: a stale storefront/.env.local (another database's key) must not win.
          env: {
            ...process.env,
            PORT: String(storefrontPort),
            MEDUSA_BACKEND_URL: backendUrl,
            MEDUSA_PUBLISHABLE_KEY: publishableKey,
            STOREFRONT_REVALIDATE_SECRET: storefrontRevalidateSecret,
          },
        })
      )
    }
    const healthy = await waitFor(
      () => fetch(`${backendUrl}/health`).then((response) => response.ok, () => false),
      180_000,
      500
    )
    if (!healthy) throw new Error(`Medusa did not answer ${backendUrl}/health within 3 minutes.`)

    const banner = [
      "",
      "MJ Chauffage is running (Ctrl-C stops everything)",
      `  API              ${backendUrl}/store  (health: ${backendUrl}/health)`,
      `  Admin            ${backendUrl}/app`,
      `  Storefront       ${withStorefront ? `http://localhost:${storefrontPort}` : "not built yet"}`,
      `  Database         ${database ? `embedded PostgreSQL 16 on port ${database.port}` : "DATABASE_URL"}`,
      `  E-mails          ${mailSink ? `SMTP sink on port ${mailSink.port}, each message in ${mailSink.dir}` : `SMTP ${process.env.SMTP_HOST}`}`,
      `  SMS              ${smsDir ? `not sent: each message in ${smsDir}/<time>-<recipient>.txt` : `SMS_PROVIDER ${process.env.SMS_PROVIDER}`}`,
      `  Card payments    ${satimSimulator ? `SATIM simulator on port ${satimSimulator.port} (card ${SUCCESS_CARD}, 12/30, CVV2 123 pays)` : `SATIM ${process.env.SATIM_BASE_URL}`}`,
      `  BaridPay         ${process.env.BARIDPAY_RIP ? `RIP ${process.env.BARIDPAY_RIP}` : `demo RIP ${DEMO_BARIDPAY_RIP} (confirm receipt on the order page)`}`,
      `  Chargily Pay     ${chargilySimulator ? `simulator on port ${chargilySimulator.port} (its page has Pay / Fail buttons; webhooks signed)` : `Chargily ${process.env.CHARGILY_MODE || "test"} mode`}`,
      shopIdentityBannerLine(process.env),
      `  Publishable key  ${publishableKey}`,
      `  Admin login      ${DEV_ADMIN_EMAIL} / ${admin.password}  (development only; role admin)`,
      `  Manager login    ${DEV_MANAGER_EMAIL} / ${managerPassword}  (development only; role manager)`,
      `  Technicians      ${DEV_TECHNICIAN_EMAILS.join(", ")} / ${technicianPassword}  (development only; role technician, "Mes interventions")`,
      "",
    ]
    process.stdout.write(banner.join("\n") + "\n")
  } catch (error) {
    process.stderr.write(`\n[dev] ${(error as Error).message}\n`)
    await shutdown(1)
  }
}

void main()
