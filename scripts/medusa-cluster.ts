/**
 * The Medusa cluster (node:cluster), run from the build output folder: MEDUSA_SERVERS server processes
 * sharing PORT and MEDUSA_WORKERS worker processes sharing WORKER_PORT, each a plain `medusa start`
 * in its role (split and defaults: lib/cluster-split.ts). `npm run start:prod` and Compose run it.
 *
 * Why not `medusa start --cluster --servers --workers` itself (2.21.2, @medusajs/medusa commands/start.js):
 * - its worker-role processes listen on the servers' port, so the primary hands them a share of the
 *   HTTP connections, which they answer 404 (a worker loads no route);
 * - a process that dies is forked again without its role and waits for it forever, never listening;
 * - its primary does not pass SIGTERM on, and `docker stop` signals only PID 1: no graceful stop;
 * - it never runs more processes than cores: on 2 cores, 1 server + 1 worker, one core for HTTP.
 *
 * Here a process that dies is started again in its role. Until every first process has listened, one
 * that dies before listening (a bad setting, the database unreachable) stops the whole cluster with an
 * error instead of a restart loop; after that, a replacement that cannot start yet (the database away
 * for a while) is tried again, each time a little later, while the others keep serving. SIGTERM or SIGINT is passed once to every process, which stops through Medusa's
 * graceful path; the primary exits when all have, and kills what still runs after STOP_GRACE_MS.
 */
import cluster, { type Worker } from "node:cluster"
import os from "node:os"
import path from "node:path"
import { afterExit } from "./lib/cluster-restart"
import { clusterNodeFlags } from "./lib/cluster-node-flags"
import { clusterSplit } from "./lib/cluster-split"
import { REPO_ROOT } from "./lib/paths"

const MEDUSA_CLI = path.join(REPO_ROOT, "node_modules", "@medusajs", "cli", "cli.js")
/** Inside the 10 s that Compose and start:prod give before they kill. */
const STOP_GRACE_MS = 9_500
const say = (line: string) => process.stdout.write(`[cluster] ${line}\n`)

type Role = { name: "server" | "worker"; env: Record<string, string> }

const split = clusterSplit(os.availableParallelism(), process.env)
const serverRole: Role = { name: "server", env: { MEDUSA_WORKER_MODE: "server", PORT: process.env.PORT || "9000" } }
const workerRole: Role = {
  name: "worker",
  env: { MEDUSA_WORKER_MODE: "worker", MEDUSA_ADMIN_DISABLED: "true", PORT: process.env.WORKER_PORT || "9001" },
}

// Each process runs Medusa's CLI under plain Node (not under this file's TypeScript loader), with the
// young generation and profiler flags of cluster-node-flags.ts.
cluster.setupPrimary({ exec: MEDUSA_CLI, args: ["start"], execArgv: clusterNodeFlags(process.env) })

let stopping = false
let exitCode = 0
const listening = new WeakSet<Worker>()
/** First processes still to listen: while any is, a failed start is a bad setting, not a passing fault. */
let firstStartsPending = split.servers + split.workers
/** Replacements that died before listening, in a row: each next try waits twice as long. */
let failedRestarts = 0

function start(role: Role): Worker {
  const child = cluster.fork(role.env)
  child.once("listening", () => {
    listening.add(child)
    if (firstStartsPending > 0) firstStartsPending--
    failedRestarts = 0
    say(`${role.name} ${child.process.pid} listening on port ${role.env.PORT}`)
  })
  child.once("exit", (code, signal) => {
    if (stopping) {
      if (running().length === 0) process.exit(exitCode)
      return
    }
    const how = signal ?? `exit code ${code}`
    const decision = afterExit({ listened: listening.has(child), firstStartsPending, failedRestarts })
    if (decision.action === "stop") {
      say(`${role.name} ${child.process.pid} stopped before it was ready (${how}); stopping the cluster`)
      stop("SIGTERM", 1)
      return
    }
    failedRestarts = decision.failedRestarts
    say(`${role.name} ${child.process.pid} died (${how}); starting another in ${decision.delayMs / 1000} s`)
    setTimeout(() => stopping || start(role), decision.delayMs)
  })
  return child
}

function running(): Worker[] {
  return Object.values(cluster.workers ?? {}).filter((child): child is Worker => child !== undefined && !child.isDead())
}

function stop(signal: NodeJS.Signals, code: number) {
  if (stopping) return
  stopping = true
  exitCode = code
  const children = running()
  if (children.length === 0) process.exit(exitCode)
  for (const child of children) child.process.kill(signal)
  setTimeout(() => {
    for (const child of running()) child.process.kill("SIGKILL")
    say(`killed what still ran ${STOP_GRACE_MS / 1000} s after ${signal}`)
    process.exit(1)
  }, STOP_GRACE_MS).unref()
}

process.on("SIGTERM", () => stop("SIGTERM", 0))
process.on("SIGINT", () => stop("SIGINT", 0))

say(`${split.servers} server(s) on port ${serverRole.env.PORT}, ${split.workers} worker(s) on port ${workerRole.env.PORT}`)
// One process first (a worker when there is one), the others once it listens: Medusa's start-up creates what a
// fresh database lacks (price preferences…) without a lock, and processes booting on it at once all try (one stops
// on a unique violation, and with it the cluster). Seen with 2 servers + 2 workers on a new database.
const roles = [...Array<Role>(split.workers).fill(workerRole), ...Array<Role>(split.servers).fill(serverRole)]
start(roles[0]!).once("listening", () => {
  if (!stopping) for (const role of roles.slice(1)) start(role)
})
