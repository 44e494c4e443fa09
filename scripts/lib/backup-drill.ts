/**
 * The restore drill: a throwaway PostgreSQL with WAL archiving to a throwaway, encrypted pgBackRest
 * repository, configured by production's own ops/postgres/pgbackrest.conf (its paths moved by
 * PGBACKREST_* variables), holding the real shop: the Medusa app with our plugins migrated, then,
 * beside a full backup, seeded, with an order and a repair visit placed through the shop's workflows
 * (backend/src/scripts/restore-drill-shop.ts). The time is noted, more is written, then a "mistake"
 * deletes the order, the visit and more; a point-in-time restore to the noted time into a fresh data
 * folder must bring back exactly what existed then, the visits' EXCLUDE constraint still enforced.
 */
import { spawn } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { Client } from "@medusajs/framework/pg"
import { BACKEND_DIR, REPO_ROOT } from "./paths"
import { choosePostgres, databaseOsUser, pgbackrestVersion, type OsUser, type PostgresBinaries } from "./pgbackrest"
import { backupArgs, restoreArgs, restoreTarget, STANZA } from "./pgbackrest-commands"
import { freePort } from "./ports"
import { makeMistake, noteTime, readRestoredShop, restoreProblems, writeAfterMark, type DrillShop, type RestoredShop, type RowCounts } from "./restore-drill-rows"

export { STANZA }
/** The WAL settings of production's postgres service (docker-compose.yml; its test compares them). */
export const ARCHIVE_SETTINGS = {
  wal_level: "replica",
  archive_mode: "on",
  archive_command: `pgbackrest --stanza=${STANZA} archive-push %p`,
  archive_timeout: "300",
} as const
/**
 * While the schema is migrated, before archiving starts (the full backup after it holds the schema):
 * no WAL kept for archiving and no flush to disk, which the migrations' thousands of small
 * transactions would otherwise wait for. A clean stop follows before archiving is turned on.
 */
const MIGRATION_SETTINGS = {
  archive_mode: "off",
  wal_level: "minimal",
  max_wal_senders: "0",
  fsync: "off",
  synchronous_commit: "off",
  full_page_writes: "off",
} as const
export const PGBACKREST_CONFIG = path.join(REPO_ROOT, "ops", "postgres", "pgbackrest.conf")
/** The postgres-backup service's health check: 0 recent backup, 1 none yet, 2 too old or in error. */
export const BACKUP_HEALTH_SCRIPT = path.join(REPO_ROOT, "ops", "postgres", "backup-health.sh")
const DATABASE = "mj_chauffage"

export type DrillResult = {
  postgres: PostgresBinaries
  pgbackrest: string
  restoredTo: string
  /** The order and visit the shop's workflows created before the noted time. */
  shop: DrillShop
  countsAtMark: RowCounts
  restored: RestoredShop
  /** backup-health.sh's exit codes: before the first backup, after the backups, with a 0-hour limit. */
  health: { beforeFirstBackup: number; afterBackups: number; tooOld: number }
  secondsByStep: Record<string, number>
  totalSeconds: number
}

type Outcome = { code: number | null; output: string }

/** Runs a command as the database's OS user, to its end. */
function runAs(user: OsUser, command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const [file, argv] = user.asUser(command, args)
    const child = spawn(file, argv, { env, stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    child.stdout.on("data", (chunk: Buffer) => (output += chunk))
    child.stderr.on("data", (chunk: Buffer) => (output += chunk))
    child.once("error", reject)
    child.once("close", (code) => resolve({ code, output }))
  })
}

type Run = (command: string, args: string[], env?: NodeJS.ProcessEnv) => Promise<string>

/** Like runAs; rejects with the command's output when it fails. */
function runner(user: OsUser, baseEnv: NodeJS.ProcessEnv): Run {
  return async (command, args, env = baseEnv) => {
    const { code, output } = await runAs(user, command, args, env)
    if (code !== 0) throw new Error(`${path.basename(command)} ${args.join(" ")} failed (exit ${code}):\n${output}`)
    return output
  }
}

async function connect(socketDir: string, port: number, database = "postgres"): Promise<Client> {
  const client = new Client({ host: socketDir, port, user: "postgres", database })
  await client.connect()
  return client
}

/** A `medusa` command in the backend, as the developer runs it; rejects with the end of its output. */
function medusa(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(REPO_ROOT, "node_modules", ".bin", "medusa"), args, { cwd: BACKEND_DIR, env, stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    child.stdout.on("data", (chunk: Buffer) => (output += chunk))
    child.stderr.on("data", (chunk: Buffer) => (output += chunk))
    child.once("error", reject)
    child.once("close", (code) => (code === 0 ? resolve() : reject(new Error(`medusa ${args.join(" ")} failed (exit ${code}):\n${output.slice(-4000)}`))))
  })
}

const IN_MEMORY = "/dev/shm"

/**
 * Where the clusters and the repository go (about 250 MB, 8 000 files): in memory when /dev/shm has
 * room, since nothing of it outlives the drill, and deleting that many freshly written files from a
 * disk mounted with `discard` took 17 to 20 s here; else the temporary folder.
 */
function drillParent(): string {
  try {
    const { bavail, bsize } = fs.statfsSync(IN_MEMORY)
    if (bavail * bsize > 1024 ** 3) return IN_MEMORY
  } catch {
    // No /dev/shm on this system.
  }
  return os.tmpdir()
}

const asOptions = (settings: Record<string, string>) => Object.entries(settings).map(([key, value]) => `-c ${key}=${value}`).join(" ")

export async function runBackupDrill(log: (line: string) => void = () => undefined): Promise<DrillResult> {
  const started = Date.now()
  const secondsByStep: Record<string, number> = {}
  let stepStarted = Date.now()
  const step = (name: string) => {
    secondsByStep[name] = (Date.now() - stepStarted) / 1000
    log(`${name}: ${secondsByStep[name].toFixed(1)} s`)
    stepStarted = Date.now()
  }

  const version = pgbackrestVersion()
  if (!version) throw new Error("pgBackRest is not installed (apt-get install pgbackrest)")
  const postgres = await choosePostgres(version)
  if (!postgres) throw new Error(`no PostgreSQL binaries that pgBackRest ${version.join(".")} supports were found`)
  log(`pgBackRest ${version.join(".")} with ${postgres.source}${postgres.major < 16 ? ` (pgBackRest ${version.join(".")} does not know PostgreSQL 16; production's image installs one that does)` : ""}`)

  const user = databaseOsUser()
  const root = fs.mkdtempSync(path.join(drillParent(), "mj-backup-drill-"))
  fs.chmodSync(root, 0o755)
  fs.chownSync(root, user.uid, user.gid)
  const dir = (name: string, mode = 0o755) => {
    const full = path.join(root, name)
    fs.mkdirSync(full, { mode })
    fs.chownSync(full, user.uid, user.gid)
    return full
  }
  const sourceData = dir("source", 0o700)
  const restoredData = dir("restored", 0o700)
  const sourceSocket = dir("source-socket")
  const restoredSocket = dir("restored-socket")
  // Medusa connects over TCP (on localhost, as in development); pgBackRest and the drill by the socket.
  const port = await freePort()
  const config = path.join(root, "pgbackrest.conf")
  fs.copyFileSync(PGBACKREST_CONFIG, config)
  fs.chmodSync(config, 0o644)
  // Copied too: the database's OS user may not be able to enter the checkout.
  const healthScript = path.join(root, "backup-health.sh")
  fs.copyFileSync(BACKUP_HEALTH_SCRIPT, healthScript)
  fs.chmodSync(healthScript, 0o755)
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PGBACKREST_CONFIG: config,
    PGBACKREST_REPO1_PATH: dir("repo"),
    PGBACKREST_REPO1_CIPHER_PASS: crypto.randomBytes(32).toString("base64"),
    PGBACKREST_LOG_PATH: dir("log"),
    PGBACKREST_LOCK_PATH: dir("lock"),
    PGBACKREST_PG1_PATH: sourceData,
    PGBACKREST_PG1_SOCKET_PATH: sourceSocket,
    PGBACKREST_PG1_PORT: String(port),
    PGBACKREST_PG1_USER: "postgres",
    PGBACKREST_LOG_LEVEL_CONSOLE: "warn",
    PGBACKREST_STANZA: STANZA,
  }
  const restoredEnv: NodeJS.ProcessEnv = { ...env, PGBACKREST_PG1_PATH: restoredData, PGBACKREST_PG1_SOCKET_PATH: restoredSocket }
  const run = runner(user, env)
  const bin = (name: string) => path.join(postgres.binDir, name)
  const pgbackrest = (...args: string[]) => run("pgbackrest", [`--stanza=${STANZA}`, ...args])
  const health = async (maxAgeHours = "26") => {
    const outcome = await runAs(user, healthScript, [], { ...env, BACKUP_MAX_AGE_HOURS: maxAgeHours })
    log(`backup-health.sh (${maxAgeHours} h): exit ${outcome.code}, ${outcome.output.trim()}`)
    return outcome.code ?? -1
  }
  const running: { data: string; env: NodeJS.ProcessEnv }[] = []
  const startCluster = async (data: string, socket: string, clusterEnv: NodeJS.ProcessEnv, extra = "") => {
    // The socket in the drill's own folder, where pgBackRest and the drill connect.
    await run(bin("pg_ctl"), ["-D", data, "-l", path.join(root, `${path.basename(data)}.log`), "-w", "-t", "60",
      "-o", `-k ${socket} ${extra}`.trim(), "start"], clusterEnv)
    running.push({ data, env: clusterEnv })
  }
  const stopCluster = async (data: string, mode = "fast") => {
    const index = running.findIndex((cluster) => cluster.data === data)
    if (index < 0) return
    await run(bin("pg_ctl"), ["-D", data, "-w", "-m", mode, "stop"], running[index].env)
    running.splice(index, 1)
  }

  let removed = false
  const removeFolder = () => {
    if (removed) return
    removed = true
    if (process.env.BACKUP_DRILL_KEEP) log(`kept ${root}`)
    else fs.rmSync(root, { recursive: true, force: true })
  }

  let source: Client | undefined
  let restored: Client | undefined
  try {
    await run(bin("initdb"), ["-D", sourceData, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"])
    const settings = { listen_addresses: "localhost", port: String(port), ...ARCHIVE_SETTINGS }
    fs.appendFileSync(
      path.join(sourceData, "postgresql.conf"),
      Object.entries(settings).map(([key, value]) => `${key} = '${value}'\n`).join("")
    )
    await startCluster(sourceData, sourceSocket, env, asOptions(MIGRATION_SETTINGS))
    source = await connect(sourceSocket, port)
    await source.query(`CREATE DATABASE ${DATABASE}`)
    await source.end()
    source = undefined
    const medusaEnv: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "development",
      DATABASE_URL: `postgres://postgres@localhost:${port}/${DATABASE}`,
      MEDUSA_DISABLE_TELEMETRY: "true",
      LOG_LEVEL: "warn",
      JWT_SECRET: crypto.randomBytes(32).toString("hex"),
      COOKIE_SECRET: crypto.randomBytes(32).toString("hex"),
      LINK_SIGNING_SECRET: crypto.randomBytes(32).toString("hex"),
      SMS_DEV_DIR: path.join(root, "sms"),
      // Set, and empty: no .env can fill it in. In-memory event bus, workflow engine and locks, so that
      // nothing of the drill reaches a Redis that a developer's shop reads.
      REDIS_URL: "",
    }
    await medusa(["db:migrate"], medusaEnv)
    step("cluster, the app's schema migrated (before archiving)")

    await stopCluster(sourceData)
    await startCluster(sourceData, sourceSocket, env)
    await pgbackrest("stanza-create")
    await pgbackrest("check")
    const beforeFirstBackup = await health()
    step("archiving on, stanza, health check")

    // The full backup is taken while the shop's seed, order and visit are written, as the nightly
    // backup runs beside the shop: what it did not copy, the restore replays from the archived WAL.
    const shopFile = path.join(root, "shop.json")
    const [backup, shopRun] = await Promise.allSettled([
      (async () => {
        await run("pgbackrest", backupArgs("full"))
        return { afterBackups: await health(), tooOld: await health("0") }
      })(),
      medusa(["exec", "./src/scripts/restore-drill-shop.ts", shopFile], medusaEnv),
    ])
    if (backup.status === "rejected") throw backup.reason
    if (shopRun.status === "rejected") throw shopRun.reason
    const healthAfterBackups = backup.value
    const shop = JSON.parse(fs.readFileSync(shopFile, "utf8")) as DrillShop
    step(`full backup of the schema, beside it the seed, order #${shop.order_display_id} and a visit through the shop's workflows`)

    // The shop's process has ended: nothing else writes while the time and the counts are noted.
    source = await connect(sourceSocket, port, DATABASE)
    const mark = await noteTime(source)
    log(`time noted: ${mark.at} (${mark.counts.order} order(s), ${mark.counts.appointment} visit(s), ${mark.counts.product} products)`)
    await writeAfterMark(source, shop)
    await makeMistake(source, shop)
    await source.end()
    source = undefined
    // `check` switches to a new WAL segment and waits until the last one is archived: all the restore
    // needs is in the repository, and the source is thrown away (no shutdown checkpoint to wait for).
    await pgbackrest("check")
    await stopCluster(sourceData, "immediate")
    step("time noted, more written, mistake, WAL archived")

    // The time as `npm run restore -- --to` reads it, and its very arguments (into a fresh folder).
    const target = restoreTarget(mark.at)
    if ("problem" in target) throw new Error(target.problem)
    await run("pgbackrest", restoreArgs(target.target, { pg1Path: restoredData }), restoredEnv)
    step("point-in-time restore into a fresh folder")

    // A restored copy must never push WAL into the production repository's history by itself; socket only.
    await startCluster(restoredData, restoredSocket, restoredEnv, "-c archive_mode=off -c listen_addresses=''")
    restored = await connect(restoredSocket, port, DATABASE)
    const deadline = Date.now() + 120_000
    while ((await restored.query<{ recovering: boolean }>("SELECT pg_is_in_recovery() AS recovering")).rows[0].recovering) {
      if (Date.now() > deadline) throw new Error("the restored cluster did not finish recovery in 2 minutes")
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    step("WAL replayed to the noted time, promoted")

    const restoredShop = await readRestoredShop(restored, shop)
    const problems = restoreProblems(shop, mark.counts, restoredShop)
    if (problems.length) throw new Error(`the restore does not match the noted time: ${problems.join("; ")}`)
    step("order, visit, row counts and constraint checked")
    await restored.end()
    restored = undefined
    await stopCluster(restoredData, "immediate")
    step("restored copy stopped")
    removeFolder()
    step("clusters and repository removed")

    return {
      postgres,
      pgbackrest: version.join("."),
      restoredTo: mark.at,
      shop,
      countsAtMark: mark.counts,
      restored: restoredShop,
      health: { beforeFirstBackup, ...healthAfterBackups },
      secondsByStep,
      totalSeconds: (Date.now() - started) / 1000,
    }
  } finally {
    // After a failure: whatever is still open or running.
    await source?.end().catch(() => undefined)
    await restored?.end().catch(() => undefined)
    for (const cluster of [...running]) await stopCluster(cluster.data, "immediate").catch(() => undefined)
    removeFolder()
  }
}
