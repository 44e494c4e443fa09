/**
 * A Redis of the drill's own on a free port, configured as production's (append-only file on), so
 * that a drill may restart it without touching the machine's shared Redis.
 */
import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { freePort, isListening, waitFor } from "./ports"

export type PrivateRedis = { url: string; restart: (downMs: number) => Promise<void>; stop: () => Promise<void> }

export async function startPrivateRedis(): Promise<PrivateRedis> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mj-redis-"))
  const port = await freePort()
  let server: ChildProcess | undefined
  const start = async () => {
    server = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--appendonly", "yes", "--save", ""], { stdio: "ignore" })
    if (!(await waitFor(() => isListening(port), 10_000, 50))) throw new Error(`redis-server did not listen on ${port}`)
  }
  const halt = async () => {
    if (!server || server.exitCode !== null) return
    const exited = new Promise((resolve) => server!.once("exit", resolve))
    // SIGTERM: Redis writes its append-only file and exits, as `docker restart` or systemd would have it.
    server.kill("SIGTERM")
    await exited
  }
  await start()
  return {
    url: `redis://127.0.0.1:${port}/0`,
    restart: async (downMs) => {
      await halt()
      await new Promise((resolve) => setTimeout(resolve, downMs))
      await start()
    },
    stop: async () => {
      await halt()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
