/**
 * The bare Medusa running for a bench: its own throwaway PostgreSQL 16 (the embedded one the drills
 * use, so both sides run the same database engine), migrated and seeded by bench-seed with
 * `products` products, then `medusa start` from its production build: one process serving HTTP and
 * running the worker's jobs (Medusa's default `shared` mode), with Medusa's in-memory defaults for
 * the event bus, cache, locking and workflow engine (no Redis).
 */
import assert from "node:assert/strict"
import { spawn, type ChildProcess } from "node:child_process"
import crypto from "node:crypto"
import { ensureDatabase } from "../../scripts/lib/database"
import { startThrowawayPostgres } from "../../scripts/lib/embedded-postgres"
import { freePort, waitFor } from "../../scripts/lib/ports"
import { stopGroup } from "../../scripts/lib/processes"
import { BARE_BUILD_DIR, BARE_MEDUSA_BIN } from "./bare-medusa-app"

export type BareStack = { api: string; databaseUrl: string; headers: Record<string, string>; pid: number; output: () => string; stop: () => Promise<void> }

/** Runs a bare app command from its build to the end; its output when it fails. */
function runCapturing(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(BARE_MEDUSA_BIN, args, { cwd: BARE_BUILD_DIR, env, stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    child.stdout.on("data", (chunk) => (output += String(chunk)))
    child.stderr.on("data", (chunk) => (output += String(chunk)))
    child.once("error", reject)
    child.once("close", (code) => (code === 0 ? resolve(output) : reject(new Error(`medusa ${args.join(" ")} failed (${code}):\n${output.slice(-4000)}`))))
  })
}

/**
 * `postgresFlags`: more PostgreSQL settings (a bench's statement counting); `cpuProfileDir`: the server
 * writes a V8 CPU profile there when it stops.
 */
export async function startBareStack(products: number, { postgresFlags = [], cpuProfileDir }: { postgresFlags?: string[]; cpuProfileDir?: string } = {}): Promise<BareStack> {
  const database = await startThrowawayPostgres(postgresFlags)
  const databaseUrl = database.url("bare_medusa")
  await ensureDatabase(databaseUrl)
  const port = await freePort()
  const api = `http://127.0.0.1:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    JWT_SECRET: crypto.randomBytes(32).toString("base64url"),
    COOKIE_SECRET: crypto.randomBytes(32).toString("base64url"),
    STORE_CORS: "http://localhost:8000",
    ADMIN_CORS: "http://localhost:9000",
    AUTH_CORS: "http://localhost:8000",
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: "warn",
    BENCH_BARE_PRODUCTS: String(products),
  }
  delete env.REDIS_URL
  await runCapturing(["db:migrate"], env)
  const seeded = await runCapturing(["exec", "./src/scripts/bench-seed.js"], env)
  const key = /BENCH_KEY=(\S+)/.exec(seeded)?.[1]
  assert.ok(key, `the bare seed printed no key:\n${seeded.slice(-4000)}`)

  let output = ""
  const profiler = cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${cpuProfileDir}`] : []
  const server: ChildProcess = spawn(process.execPath, [...profiler, BARE_MEDUSA_BIN, "start"], { cwd: BARE_BUILD_DIR, env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
  server.stdout!.on("data", (chunk) => (output += String(chunk)))
  server.stderr!.on("data", (chunk) => (output += String(chunk)))
  const headers = { "x-publishable-api-key": key, "content-type": "application/json" }
  const answers = async () => (await fetch(`${api}/store/regions`, { headers }).catch(() => undefined))?.status === 200
  assert.ok(await waitFor(answers, 300_000, 250), `the bare Medusa did not start:\n${output.slice(-4000)}`)
  return {
    api,
    databaseUrl,
    headers,
    pid: server.pid!,
    output: () => output,
    stop: async () => {
      await stopGroup(server, 10_000)
      await database.stop()
    },
  }
}
