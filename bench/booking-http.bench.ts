/**
 * Booking Store API under load, against a production server: GET /store/booking/slots and POST
 * /store/booking/appointments, 20 connections each.
 * Run: npm run bench:booking — starts the production build itself (scripts/lib/drill-stack.ts: one
 * server, one worker, Redis, a throwaway PostgreSQL 16, seeded); or against a server already running
 * (npm run build && npm run start:prod, seeded): BENCH_URL=http://localhost:9000 BENCH_KEY=pk_… npm run bench:booking
 * POSTs target the offered slots in turn: the first of each wins (201), the rest get 409, which is
 * the load a popular slot sees. Loopback only.
 */
import { startDrillStack } from "../scripts/lib/drill-stack"
import { localUrl, measure, report } from "./lib/measure"
import { benchSlotQuery } from "./lib/slot-query"

/** The server to load: BENCH_URL and BENCH_KEY when given, else a production stack of its own. */
async function target(): Promise<{ url: string; key: string; stop: () => Promise<void> }> {
  if (process.env.BENCH_URL || process.env.BENCH_KEY) {
    const key = process.env.BENCH_KEY
    if (!key) throw new Error("Set BENCH_KEY to the storefront's publishable key")
    return { url: localUrl(process.env.BENCH_URL, "http://localhost:9000"), key, stop: async () => undefined }
  }
  const stack = await startDrillStack({ servers: 1, workers: 1 })
  return { url: stack.api, key: stack.headers["x-publishable-api-key"]!, stop: stack.stop }
}

async function main() {
  const server = await target()
  try {
    await run(server.url, { "x-publishable-api-key": server.key, "content-type": "application/json" })
  } finally {
    await server.stop()
  }
}

async function run(url: string, headers: Record<string, string>) {
  const { zone, fault, path: slotsPath } = await benchSlotQuery(url, headers)
  const slots = (await (await fetch(url + slotsPath, { headers })).json()).slots as Array<{ start: string }>

  // Not measured: 10 s for the first compilations, and for the worker's work right after a seed.
  await measure({ url: url + slotsPath, headers, connections: 20, duration: 10 })
  report("GET  /store/booking/slots (31 days, 20 connections, 10 s)", await measure({ url: url + slotsPath, headers, connections: 20, duration: 10 }))

  let next = 0
  const body = () =>
    JSON.stringify({
      zone_id: zone,
      fault_type_id: fault,
      starts_at: slots[Math.floor(next++ / 4) % slots.length].start,
      contact: { first_name: "Bench", last_name: "Client", phone: "0550123456", email: "bench@example.dz" },
      address: { address_1: "1 rue du Test", commune: "Alger Centre", wilaya_code: "16" },
      description: "Charge de test",
    })
  const post = await measure({
    url: `${url}/store/booking/appointments`,
    method: "POST",
    headers,
    connections: 20,
    amount: 400,
    requests: [{ setupRequest: (request) => ({ ...request, body: body() }) }],
  })
  report("POST /store/booking/appointments (20 connections, 400 requests)", post)
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`)
  process.exit(1)
})
