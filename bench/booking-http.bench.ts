/**
 * Booking Store API under load, against a production server (npm run build && npm run start:prod,
 * seeded): GET /store/booking/slots and POST /store/booking/appointments, 20 connections each.
 * Run: BENCH_URL=http://localhost:9000 BENCH_KEY=pk_… npx tsx bench/booking-http.bench.ts
 * POSTs target the offered slots in turn: the first of each wins (201), the rest get 409, which is
 * the load a popular slot sees. Loopback only.
 */
import { localUrl, measure, report } from "./lib/measure"

const url = localUrl(process.env.BENCH_URL, "http://localhost:9000")
const key = process.env.BENCH_KEY
if (!key) throw new Error("Set BENCH_KEY to the storefront's publishable key")
const headers = { "x-publishable-api-key": key, "content-type": "application/json" }

const day = (offset: number) => new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Algiers" }).format(new Date(Date.now() + offset * 86_400_000))

async function main() {
  const zones = (await (await fetch(`${url}/store/booking/zones`, { headers })).json()).zones as Array<{ id: string; handle: string }>
  const faults = (await (await fetch(`${url}/store/booking/fault-types`, { headers })).json()).fault_types as Array<{ id: string; handle: string }>
  const zone = zones.find((z) => z.handle === "alger")!.id
  const fault = faults.find((f) => f.handle === "pas-d-eau-chaude")!.id
  const slotsPath = `/store/booking/slots?zone_id=${zone}&fault_type_id=${fault}&from=${day(0)}&to=${day(30)}`
  const slots = (await (await fetch(url + slotsPath, { headers })).json()).slots as Array<{ start: string }>

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
