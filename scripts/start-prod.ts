/**
 * `npm run start:prod` (after `npm run build`): production without Docker. Migrates, then runs a
 * Medusa server (HTTP, workerMode "server") and a Medusa worker (subscribers, jobs, workflows,
 * workerMode "worker") from backend/.medusa/server, which must stay inside the workspace: the
 * workspace plugins resolve from the root node_modules. Settings come from the environment (and
 * the root .env); medusa-config.ts refuses weak secrets and a missing Redis. Ctrl-C stops both.
 * To scale: more servers on other PORTs behind a proxy, more workers; all share PostgreSQL and Redis.
 */
import fs from "node:fs"
import path from "node:path"
import type { ChildProcess } from "node:child_process"
import { BACKEND_DIR, REPO_ROOT } from "./lib/paths"
import { run, startGroup, stopGroup } from "./lib/processes"

const BUILD_DIR = path.join(BACKEND_DIR, ".medusa", "server")
const MEDUSA_BIN = path.join(REPO_ROOT, "node_modules", ".bin", "medusa")
const say = (line: string) => process.stdout.write(`[start:prod] ${line}\n`)

async function main() {
  if (!fs.existsSync(path.join(BUILD_DIR, "medusa-config.js"))) {
    throw new Error(`No build in ${BUILD_DIR}: run "npm run build" first.`)
  }
  const rootEnv = path.join(REPO_ROOT, ".env")
  if (fs.existsSync(rootEnv)) process.loadEnvFile(rootEnv)
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production" }
  const serverPort = env.PORT || "9000"
  const workerPort = env.WORKER_PORT || "9001"

  say("migrating")
  await run(MEDUSA_BIN, ["db:migrate"], { cwd: BUILD_DIR, env })

  const children: ChildProcess[] = []
  let stopping = false
  const shutdown = async (code: number) => {
    if (stopping) return
    stopping = true
    await Promise.all(children.map((child) => stopGroup(child, 10_000)))
    process.exit(code)
  }
  process.on("SIGINT", () => void shutdown(0))
  process.on("SIGTERM", () => void shutdown(0))

  const roles = [
    { name: "server", port: serverPort, extra: { MEDUSA_WORKER_MODE: "server" } },
    { name: "worker", port: workerPort, extra: { MEDUSA_WORKER_MODE: "worker", MEDUSA_ADMIN_DISABLED: "true" } },
  ]
  for (const role of roles) {
    const child = startGroup(MEDUSA_BIN, ["start"], { cwd: BUILD_DIR, env: { ...env, ...role.extra, PORT: role.port } })
    children.push(child)
    child.once("exit", (code) => {
      if (stopping) return
      say(`the ${role.name} exited (${code}); stopping`)
      void shutdown(1)
    })
    say(`${role.name} starting on port ${role.port}`)
  }
}

main().catch((error: Error) => {
  process.stderr.write(`[start:prod] ${error.message}\n`)
  process.exit(1)
})
