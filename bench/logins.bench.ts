/**
 * Customer logins at the production password cost (scrypt N = 2^17), against a production server
 * (npm run build && TRUSTED_PROXIES=loopback npm run start:prod, seeded): 20 logins one after the
 * other (p50, p95), then 20 at once, while the server's resident memory is sampled every 20 ms.
 * Run: BENCH_URL=http://localhost:9000 BENCH_KEY=pk_… LINK_SIGNING_SECRET=<the server's>
 *      BENCH_SERVER_PID=<the Medusa server's pid> npx tsx bench/logins.bench.ts
 * Each login names its own shopper (X-Forwarded-For, believed from loopback) so the per-client login
 * limit (30 per 15 minutes) does not end the run. Loopback only.
 */
import crypto from "node:crypto"
import fs from "node:fs"
import { registrationLinkToken } from "@mj-chauffage/shop-kernel/registration-links"
import { localUrl, percentile } from "./lib/measure"

const url = localUrl(process.env.BENCH_URL, "http://localhost:9000")
const key = process.env.BENCH_KEY
if (!key) throw new Error("Set BENCH_KEY to the storefront's publishable key")
const serverPid = process.env.BENCH_SERVER_PID
// A fresh password per run: the bench account is throwaway, and no password lives in the repository.
const password = `Banc-${crypto.randomBytes(12).toString("base64url")}`
let shopper = 0

async function post(path: string, body: object, headers: Record<string, string> = {}): Promise<{ status: number; data: { token?: string } }> {
  const answer = await fetch(url + path, {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": key!, "x-forwarded-for": `198.51.100.${(shopper++ % 250) + 1}`, ...headers },
    body: JSON.stringify(body),
  })
  return { status: answer.status, data: (await answer.json().catch(() => ({}))) as { token?: string } }
}

/** Resident memory of the server process in MiB, from /proc (Linux). */
const residentMiB = () => {
  const status = fs.readFileSync(`/proc/${serverPid}/status`, "utf8")
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024
}

async function timedLogin(email: string): Promise<number> {
  const started = performance.now()
  const { status } = await post("/auth/customer/emailpass", { email, password })
  if (status !== 200) throw new Error(`login answered ${status}`)
  return performance.now() - started
}

async function main() {
  const email = `banc.${Date.now()}@example.dz`
  const registered = await post("/auth/customer/emailpass/register", { email, password, registration_token: registrationLinkToken(email) })
  if (!registered.data.token) throw new Error(`registration answered ${registered.status}`)
  await post("/store/customers", { first_name: "Banc", last_name: "Essai" }, { authorization: `Bearer ${registered.data.token}` })

  const sequential: number[] = []
  for (let round = 0; round < 20; round++) sequential.push(await timedLogin(email))
  process.stdout.write(`20 sequential logins: p50 ${percentile(sequential, 50).toFixed(0)} ms, p95 ${percentile(sequential, 95).toFixed(0)} ms, max ${Math.max(...sequential).toFixed(0)} ms\n`)

  const before = serverPid ? residentMiB() : NaN
  let peak = before
  const sampler = serverPid ? setInterval(() => (peak = Math.max(peak, residentMiB())), 20) : undefined
  const started = performance.now()
  const together = await Promise.all(Array.from({ length: 20 }, () => timedLogin(email)))
  const wall = performance.now() - started
  if (sampler) clearInterval(sampler)
  process.stdout.write(
    `20 logins at once: all 200 in ${wall.toFixed(0)} ms, each p50 ${percentile(together, 50).toFixed(0)} ms, max ${Math.max(...together).toFixed(0)} ms` +
      (serverPid ? `; server resident memory ${before.toFixed(0)} MiB before, peak ${peak.toFixed(0)} MiB (+${(peak - before).toFixed(0)})\n` : "\n")
  )
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`)
  process.exit(1)
})
