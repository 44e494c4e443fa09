/**
 * The restore drill: a throwaway PostgreSQL with WAL archiving to a throwaway, encrypted pgBackRest
 * repository, configured by production's own ops/postgres/pgbackrest.conf (its paths moved by
 * PGBACKREST_* variables). Orders and visits are written around a full and a differential backup,
 * the time is noted, then a "mistake" deletes orders and more are written; a point-in-time restore to
 * the noted time into a fresh data folder must bring back exactly what existed then, with the
 * visits' EXCLUDE constraint still enforced.
 */
import { spawn } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { Client } from "@medusajs/framework/pg"
import { REPO_ROOT } from "./paths"
import { choosePostgres, databaseOsUser, pgbackrestVersion, type OsUser, type PostgresBinaries } from "./pgbackrest"
import { backupArgs, restoreArgs, restoreTarget, STANZA } from "./pgbackrest-commands"

export { STANZA }
/** The WAL settings of production's postgres service (docker-compose.yml; its test compares them). */
export const ARCHIVE_SETTINGS = {
  wal_level: "replica",
  archive_mode: "on",
  archive_command: `pgbackrest --stanza=${STANZA} archive-push %p`,
  archive_timeout: "300",
} as const
export const PGBACKREST_CONFIG = path.join(REPO_ROOT, "ops", "postgres", "pgbackrest.conf")
/** The postgres-backup service's health check: 0 recent backup, 1 none yet, 2 too old or in error. */
export const BACKUP_HEALTH_SCRIPT = path.join(REPO_ROOT, "ops", "postgres", "backup-health.sh")

export type DrillResult = {
  postgres: PostgresBinaries
  pgbackrest: string
  restoredTo: string
  ordersAtMark: number
  restoredOrders: number
  restoredVisits: number
  ordersAfterMark: number
  overlapRefusedWith: string
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

async function connect(socketDir: string): Promise<Client> {
  const client = new Client({ host: socketDir, port: 5432, user: "postgres", database: "postgres" })
  await client.connect()
  return client
}

/** Orders `from`..`to` and one visit each (two hours apart per technician: no overlap). */
async function writeOrders(client: Client, from: number, to: number) {
  await client.query("BEGIN")
  await client.query(
    `INSERT INTO shop_order (display_id, email, total_dzd)
     SELECT g, 'client' || g || '@example.dz', 1500 + g FROM generate_series($1::int, $2::int) g`,
    [from, to]
  )
  await client.query(
    `INSERT INTO visit (order_display_id, technician_id, starts_at, ends_at)
     SELECT g, 'tech-' || (g % 5), timestamptz '2027-01-04 08:00+01' + g * interval '2 hours',
            timestamptz '2027-01-04 09:30+01' + g * interval '2 hours'
     FROM generate_series($1::int, $2::int) g`,
    [from, to]
  )
  await client.query("COMMIT")
}

const SCHEMA = `
  CREATE EXTENSION btree_gist;
  CREATE TABLE shop_order (
    display_id int PRIMARY KEY,
    email text NOT NULL,
    total_dzd int NOT NULL CHECK (total_dzd > 0),
    created_at timestamptz NOT NULL DEFAULT clock_timestamp()
  );
  -- As the booking plugin's appointment table: one technician's live visits never overlap.
  CREATE TABLE visit (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_display_id int NOT NULL REFERENCES shop_order ON DELETE CASCADE,
    technician_id text NOT NULL,
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    status text NOT NULL DEFAULT 'confirmed',
    CONSTRAINT visit_no_overlap EXCLUDE USING gist (technician_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
      WHERE (status <> 'cancelled')
  );`

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
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "mj-backup-drill-"))
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
    PGBACKREST_PG1_PORT: "5432",
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
    // Unix socket only (listen_addresses is empty): no TCP port to find or to collide on.
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

  let source: Client | undefined
  let restored: Client | undefined
  try {
    await run(bin("initdb"), ["-D", sourceData, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"])
    const settings = {
      listen_addresses: "",
      port: "5432",
      ...ARCHIVE_SETTINGS,
    }
    fs.appendFileSync(
      path.join(sourceData, "postgresql.conf"),
      Object.entries(settings).map(([key, value]) => `${key} = '${value}'\n`).join("")
    )
    await startCluster(sourceData, sourceSocket, env)
    await pgbackrest("stanza-create")
    await pgbackrest("check")
    const beforeFirstBackup = await health()
    step("cluster, stanza and archiving")

    source = await connect(sourceSocket)
    await source.query(SCHEMA)
    await writeOrders(source, 1, 500)
    await run("pgbackrest", backupArgs("full"))
    step("500 orders, full backup")
    await writeOrders(source, 501, 800)
    await run("pgbackrest", backupArgs("diff"))
    const healthAfterBackups = { afterBackups: await health(), tooOld: await health("0") }
    step("300 more, differential backup, health check")
    // Only in the archived WAL: the restore must replay it.
    await writeOrders(source, 801, 1000)
    const { rows: [mark] } = await source.query<{ at: string; orders: number }>(
      `SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00' AS at,
              (SELECT count(*)::int FROM shop_order) AS orders`
    )
    log(`time noted: ${mark.at} (${mark.orders} orders)`)
    // The mistake (half the orders and their visits deleted), then business as usual.
    await source.query("DELETE FROM shop_order WHERE display_id <= 500")
    await writeOrders(source, 1001, 1100)
    await source.end()
    source = undefined
    // `check` switches to a new WAL segment and waits until the last one is archived.
    await pgbackrest("check")
    await stopCluster(sourceData)
    step("200 more, time noted, mistake, WAL archived")

    // The time as `npm run restore -- --to` reads it, and its very arguments (into a fresh folder).
    const target = restoreTarget(mark.at)
    if ("problem" in target) throw new Error(target.problem)
    await run("pgbackrest", restoreArgs(target.target, { pg1Path: restoredData }), restoredEnv)
    step("point-in-time restore into a fresh folder")

    // A restored copy must never push WAL into the production repository's history by itself.
    await startCluster(restoredData, restoredSocket, restoredEnv, "-c archive_mode=off")
    restored = await connect(restoredSocket)
    const deadline = Date.now() + 120_000
    while ((await restored.query<{ recovering: boolean }>("SELECT pg_is_in_recovery() AS recovering")).rows[0].recovering) {
      if (Date.now() > deadline) throw new Error("the restored cluster did not finish recovery in 2 minutes")
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    step("WAL replayed to the noted time, promoted")

    const { rows: [counts] } = await restored.query<{ orders: number; visits: number; after: number; first: number; last: number }>(
      `SELECT (SELECT count(*)::int FROM shop_order) AS orders, (SELECT count(*)::int FROM visit) AS visits,
              (SELECT count(*)::int FROM shop_order WHERE display_id > 1000) AS after,
              (SELECT min(display_id) FROM shop_order) AS first, (SELECT max(display_id) FROM shop_order) AS last`
    )
    let overlapRefusedWith = "accepted"
    try {
      // Order 1's technician (tech-1), at the time of order 1's visit.
      await restored.query(
        `INSERT INTO visit (order_display_id, technician_id, starts_at, ends_at)
         VALUES (1, 'tech-1', timestamptz '2027-01-04 10:30+01', timestamptz '2027-01-04 11:00+01')`
      )
    } catch (error) {
      overlapRefusedWith = String((error as { code?: string }).code)
    }
    if (counts.orders !== mark.orders || counts.visits !== mark.orders || counts.after !== 0 || counts.first !== 1 || counts.last !== 1000) {
      throw new Error(`the restore does not match the noted time: ${JSON.stringify(counts)}, expected ${mark.orders} orders 1..1000`)
    }
    if (overlapRefusedWith !== "23P01") throw new Error(`an overlapping visit was not refused by the EXCLUDE constraint (${overlapRefusedWith})`)
    step("rows and constraint checked")

    return {
      postgres,
      pgbackrest: version.join("."),
      restoredTo: mark.at,
      ordersAtMark: mark.orders,
      restoredOrders: counts.orders,
      restoredVisits: counts.visits,
      ordersAfterMark: counts.after,
      overlapRefusedWith,
      health: { beforeFirstBackup, ...healthAfterBackups },
      secondsByStep,
      totalSeconds: (Date.now() - started) / 1000,
    }
  } finally {
    await source?.end().catch(() => undefined)
    await restored?.end().catch(() => undefined)
    for (const cluster of [...running]) await stopCluster(cluster.data, "immediate").catch(() => undefined)
    if (process.env.BACKUP_DRILL_KEEP) log(`kept ${root}`)
    else fs.rmSync(root, { recursive: true, force: true })
  }
}
