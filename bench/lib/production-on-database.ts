/**
 * Our production build (`npm run start:prod`: its servers and worker, Redis, Medusa's query cache) on a
 * database a bench filled (bench:catalogue's 5 000 products), as the catalogue benches run it: loopback
 * trusted, so autocannon reads as the storefront does for everyone, not as one client under the Store
 * API's ceiling. Stopped, with its Redis keys, by `stop`.
 */
import assert from "node:assert/strict"
import { findPublishableKey } from "../../scripts/lib/database"
import { freePort, waitFor } from "../../scripts/lib/ports"
import { stopGroup } from "../../scripts/lib/processes"
import { ensureProductionBuild } from "../../scripts/lib/production-build"
import { clearRedisKeys, productionEnv, redisPrefix, startProduction } from "../../scripts/lib/production-stack"
import { STOREFRONT_KEY_TITLE } from "../../backend/src/scripts/seed/storefront-key"

export type ProductionOnDatabase = { api: string; key: string; env: NodeJS.ProcessEnv; stop: () => Promise<void> }

export async function startProductionOn(databaseUrl: string): Promise<ProductionOnDatabase> {
  const ports = { server: await freePort(), worker: await freePort() }
  const api = `http://127.0.0.1:${ports.server}`
  const prefix = redisPrefix()
  const env = { ...productionEnv({ databaseUrl, redisPrefix: prefix, ports, backendUrl: api, trustedProxy: "127.0.0.1" }), TRUSTED_PROXIES: "loopback", LOG_LEVEL: "warn" }
  await ensureProductionBuild(env)
  let output = ""
  const production = startProduction(env, (chunk) => (output += chunk))
  const stop = async () => {
    await stopGroup(production, 15_000)
    clearRedisKeys(prefix)
  }
  try {
    assert.ok(await waitFor(async () => /\[cluster\] server \d+ listening/.test(output), 300_000, 250), `the cluster did not start:\n${output.slice(-4000)}`)
    const key = await findPublishableKey(databaseUrl, STOREFRONT_KEY_TITLE)
    assert.ok(key, "no storefront key: is the database seeded?")
    return { api, key, env, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
