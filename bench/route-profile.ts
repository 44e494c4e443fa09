/**
 * One route under load, and where the server's CPU went: the production build started by
 * scripts/lib/drill-stack.ts (one server, one worker, Redis, a throwaway PostgreSQL 16, seeded), then
 * per route a 10 s warm-up and 10 s measured, both at 20 connections (autocannon), the server's V8
 * profiler on while measuring (its inspector opened by SIGUSR1 on 127.0.0.1:9229). Prints req/s, p50, p95 and the heaviest
 * packages and functions (self time); the .cpuprofile files are kept in .dev/profiles for Chrome's
 * DevTools. `--no-profile` measures only (the profiler costs a few per cent).
 *
 * Run: npm run bench:profile -- slots zones products   (routes: see ROUTES)
 */
import fs from "node:fs"
import path from "node:path"
import { parseArgs } from "node:util"
import { startDrillStack } from "../scripts/lib/drill-stack"
import { summarizeProfile, type CpuProfile } from "../scripts/lib/cpu-profile-summary"
import { REPO_ROOT } from "../scripts/lib/paths"
import { measure, percentile } from "./lib/measure"
import { benchSlotQuery } from "./lib/slot-query"

/** What a route's path needs from the seeded stack. */
type RouteContext = { slotsPath: string; productId: string; regionId: string }

/** A GET path, or a POST with its JSON body. */
type RouteRequest = string | { method: "POST"; path: string; body: object }

const ROUTES: Record<string, (context: RouteContext) => RouteRequest> = {
  slots: ({ slotsPath }) => slotsPath,
  zones: () => "/store/booking/zones",
  products: () => "/store/products?limit=12",
  // A product page's read, as bench:compare asks it: by id, priced for the region.
  product: ({ productId, regionId }) => `/store/products/${productId}?region_id=${regionId}`,
  search: () => "/store/part-search?q=circulateur",
  // A guest's first cart, as the storefront opens it.
  cart: ({ regionId }) => ({ method: "POST", path: "/store/carts", body: { region_id: regionId } }),
  regions: () => "/store/regions",
}

async function firstOf<T>(url: string, headers: Record<string, string>, key: string): Promise<T> {
  const response = await fetch(url, { headers })
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  const [first] = ((await response.json()) as Record<string, T[]>)[key]
  if (!first) throw new Error(`${url} returned no ${key}`)
  return first
}

/** The server's inspector, reached over its WebSocket (Node 20: --experimental-websocket). */
async function openProfiler(pid: number) {
  process.kill(pid, "SIGUSR1")
  let target: string | undefined
  for (let tries = 0; !target && tries < 50; tries++) {
    target = await fetch("http://127.0.0.1:9229/json/list")
      .then(async (response) => ((await response.json()) as Array<{ webSocketDebuggerUrl: string }>)[0]?.webSocketDebuggerUrl)
      .catch(() => undefined)
    if (!target) await new Promise((resolve) => setTimeout(resolve, 100))
  }
  if (!target) throw new Error("the server's inspector did not open on 127.0.0.1:9229")
  const socket = new WebSocket(target)
  await new Promise((resolve, reject) => {
    socket.onopen = resolve
    socket.onerror = reject
  })
  let lastId = 0
  const waiting = new Map<number, (result: unknown) => void>()
  socket.onmessage = (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown }
    if (message.id) waiting.get(message.id)?.(message.result)
  }
  const call = <T>(method: string, params: object = {}) =>
    new Promise<T>((resolve) => {
      const id = ++lastId
      waiting.set(id, resolve as (result: unknown) => void)
      socket.send(JSON.stringify({ id, method, params }))
    })
  await call("Profiler.enable")
  await call("Profiler.setSamplingInterval", { interval: 200 })
  return { start: () => call("Profiler.start"), stop: async () => (await call<{ profile: CpuProfile }>("Profiler.stop")).profile, close: () => socket.close() }
}

async function main() {
  const { values, positionals } = parseArgs({ options: { "no-profile": { type: "boolean" } }, allowPositionals: true })
  const names = positionals.length ? positionals : ["slots"]
  for (const name of names) if (!ROUTES[name]) throw new Error(`No route "${name}"; known: ${Object.keys(ROUTES).join(", ")}`)
  const stack = await startDrillStack({ servers: 1, workers: 1 })
  try {
    const pid = Number(/\[cluster\] server (\d+) listening/.exec(stack.output())?.[1])
    const context: RouteContext = {
      slotsPath: (await benchSlotQuery(stack.api, stack.headers)).path,
      productId: (await firstOf<{ id: string }>(`${stack.api}/store/products?limit=1&fields=id`, stack.headers, "products")).id,
      regionId: (await firstOf<{ id: string }>(`${stack.api}/store/regions?limit=1&fields=id`, stack.headers, "regions")).id,
    }
    const profiler = values["no-profile"] ? null : await openProfiler(pid)
    const directory = path.join(REPO_ROOT, ".dev", "profiles")
    fs.mkdirSync(directory, { recursive: true })
    for (const name of names) {
      const route = ROUTES[name](context)
      const target = typeof route === "string" ? { url: stack.api + route } : { url: stack.api + route.path, method: route.method, body: JSON.stringify(route.body) }
      // Right after the seed the worker is still busy and nothing is compiled yet: the first seconds run slow.
      await measure({ ...target, headers: stack.headers, connections: 20, duration: 10 })
      await profiler?.start()
      const { result, times } = await measure({ ...target, headers: stack.headers, connections: 20, duration: 10 })
      const profile = await profiler?.stop()
      process.stdout.write(
        `\n## ${name}: ${result.requests.average} req/s, p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms; ` +
          `${JSON.stringify(result.statusCodeStats)}, errors ${result.errors}\n`
      )
      if (!profile) continue
      const file = path.join(directory, `${name}-${new Date().toISOString().replace(/[:.]/g, "-")}.cpuprofile`)
      fs.writeFileSync(file, JSON.stringify(profile))
      const summary = summarizeProfile(profile, REPO_ROOT)
      const lines = (shares: Array<{ name: string; percent: number }>) => shares.map((share) => `  ${share.percent.toFixed(1).padStart(5)} %  ${share.name}`).join("\n")
      process.stdout.write(`self time by package or file (${summary.samples} samples, ${path.relative(REPO_ROOT, file)}):\n${lines(summary.byOwner)}\nheaviest functions:\n${lines(summary.byFunction)}\n`)
    }
    profiler?.close()
  } finally {
    await stack.stop()
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`)
  process.exit(1)
})
