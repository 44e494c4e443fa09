import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process"

/** Runs a command to completion, output inherited; rejects with a readable message on failure. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", ...options })
    child.once("error", reject)
    child.once("exit", (code, signal) => {
      if (code === 0) resolve()
      else reject(new Error(`"${command} ${args.join(" ")}" failed (${signal ?? `exit code ${code}`})`))
    })
  })
}

/**
 * Like `run`, but holds the output and writes it in one piece when the command ends, so that commands
 * running side by side do not interleave their lines.
 */
export function runHoldingOutput(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] })
    const chunks: Buffer[] = []
    child.stdout!.on("data", (chunk: Buffer) => chunks.push(chunk))
    child.stderr!.on("data", (chunk: Buffer) => chunks.push(chunk))
    child.once("error", reject)
    child.once("close", (code, signal) => {
      process.stdout.write(Buffer.concat(chunks))
      if (code === 0) resolve()
      else reject(new Error(`"${command} ${args.join(" ")}" failed (${signal ?? `exit code ${code}`})`))
    })
  })
}

/**
 * Starts a long-running command in its own process group, so that stopping it reaches every
 * process it forks (`medusa develop` leaves its server child behind when only its own PID is killed).
 */
export function startGroup(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(command, args, { stdio: "inherit", ...options, detached: true })
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals, to: "group" | "leader" = "group") {
  if (child.pid === undefined) return
  try {
    process.kill(to === "group" ? -child.pid : child.pid, signal)
  } catch {
    // The group is already gone.
  }
}

function groupAlive(child: ChildProcess): boolean {
  if (child.pid === undefined) return false
  try {
    process.kill(-child.pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * `signal` (SIGTERM, or SIGINT as Ctrl-C sends it) to the whole group, or to its leader alone when it
 * passes signals on itself; SIGKILL to whatever is left of the group after `graceMs`.
 */
export async function stopGroup(
  child: ChildProcess,
  graceMs = 5000,
  signal: NodeJS.Signals = "SIGTERM",
  to: "group" | "leader" = "group"
): Promise<void> {
  signalGroup(child, signal, to)
  const deadline = Date.now() + graceMs
  while (groupAlive(child) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  if (groupAlive(child)) signalGroup(child, "SIGKILL")
}
