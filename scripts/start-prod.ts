/**
 * `npm run start:prod` (after `npm run build`): production without Docker. Migrates, then runs the
 * Medusa cluster (medusa-cluster.ts) from backend/.medusa/server, which must stay inside the
 * workspace: the workspace plugins resolve from the root node_modules. Servers (HTTP, workerMode
 * "server") share PORT, workers (subscribers, jobs, workflows, workerMode "worker") share WORKER_PORT;
 * how many of each: MEDUSA_SERVERS / MEDUSA_WORKERS, by default from the cores (lib/cluster-split.ts).
 * Settings come from the environment (and the root .env); medusa-config.ts refuses weak secrets and
 * a missing Redis. Ctrl-C or SIGTERM stops them all gracefully, killing what still runs after 10 s.
 */
import fs from "node:fs"
import path from "node:path"
import { BACKEND_DIR, REPO_ROOT } from "./lib/paths"
import { run, startGroup, stopGroup } from "./lib/processes"

const BUILD_DIR = path.join(BACKEND_DIR, ".medusa", "server")
const MEDUSA_BIN = path.join(REPO_ROOT, "node_modules", ".bin", "medusa")
const CLUSTER = path.join(REPO_ROOT, "scripts", "medusa-cluster.ts")
const say = (line: string) => process.stdout.write(`[start:prod] ${line}\n`)

async function main() {
  if (!fs.existsSync(path.join(BUILD_DIR, "medusa-config.js"))) {
    throw new Error(`No build in ${BUILD_DIR}: run "npm run build" first.`)
  }
  const rootEnv = path.join(REPO_ROOT, ".env")
  if (fs.existsSync(rootEnv)) process.loadEnvFile(rootEnv)
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production" }

  say("migrating")
  await run(MEDUSA_BIN, ["db:migrate"], { cwd: BUILD_DIR, env })

  // Signalled alone: the cluster's primary passes the signal on to each process exactly once.
  const medusa = startGroup(process.execPath, ["--import", "tsx", CLUSTER], { cwd: BUILD_DIR, env })
  let stopping = false
  const shutdown = async (code: number) => {
    if (stopping) return
    stopping = true
    await stopGroup(medusa, 10_000, "SIGTERM", "leader")
    process.exit(code)
  }
  process.on("SIGINT", () => void shutdown(0))
  process.on("SIGTERM", () => void shutdown(0))
  medusa.once("exit", (code) => {
    if (stopping) return
    say(`the Medusa cluster exited (${code}); stopping`)
    void shutdown(1)
  })
}

main().catch((error: Error) => {
  process.stderr.write(`[start:prod] ${error.message}\n`)
  process.exit(1)
})
