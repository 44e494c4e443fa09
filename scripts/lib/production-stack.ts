/**
 * What the tests that run `npm run start:prod` for real share (production-start, scale-out): the
 * Redis they need, the production environment with fresh secrets, the start itself and the clean-up
 * of their Redis keys.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process"
import crypto from "node:crypto"
import { REPO_ROOT } from "./paths"

export const REDIS_URL = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379/0"

const redisUp = () => spawnSync("redis-cli", ["-u", REDIS_URL, "ping"], { encoding: "utf8" }).stdout?.trim() === "PONG"

/** Why the test is skipped, or false: CI always has Redis; a developer machine without it skips, visibly. */
export const skipWithoutRedis = (): string | false => (!redisUp() && !process.env.CI ? `no Redis at ${REDIS_URL} (set TEST_REDIS_URL)` : false)

/** A prefix of Redis keys of this run only, so that the shared Redis can be cleaned after it. */
export const redisPrefix = () => `mjtest${crypto.randomBytes(4).toString("hex")}`

const secret = () => crypto.randomBytes(32).toString("base64url")

type ProductionSettings = {
  databaseUrl: string
  redisPrefix: string
  ports: { server: number; worker: number }
  /** Where the dashboard and the links reach the API (MEDUSA_BACKEND_URL). */
  backendUrl: string
  /** The TLS-terminating proxy's address (TRUSTED_PROXIES). */
  trustedProxy: string
}

/** The environment of a production start with real secrets; a test adds or overrides its own settings. */
export function productionEnv(settings: ProductionSettings): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: settings.databaseUrl,
    REDIS_URL,
    REDIS_PREFIX: settings.redisPrefix,
    JWT_SECRET: secret(),
    COOKIE_SECRET: secret(),
    LINK_SIGNING_SECRET: secret(),
    STOREFRONT_REVALIDATE_SECRET: secret(),
    STORE_CORS: "https://mj-chauffage.dz",
    ADMIN_CORS: "https://api.mj-chauffage.dz",
    AUTH_CORS: "https://mj-chauffage.dz",
    SMTP_HOST: "127.0.0.1",
    MAIL_FROM: "MJ Chauffage <commandes@mj-chauffage.dz>",
    STOREFRONT_URL: "https://mj-chauffage.dz",
    TRUSTED_PROXIES: settings.trustedProxy,
    MEDUSA_BACKEND_URL: settings.backendUrl,
    PORT: String(settings.ports.server),
    WORKER_PORT: String(settings.ports.worker),
    MEDUSA_DISABLE_TELEMETRY: "true",
  }
}

/** `npm run start:prod` in its own process group (so the test can signal all of it); its output goes to `onOutput`. */
export function startProduction(env: NodeJS.ProcessEnv, onOutput: (chunk: string) => void): ChildProcess {
  const production = spawn("npm", ["run", "start:prod"], { cwd: REPO_ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
  production.stdout!.on("data", (chunk) => onOutput(String(chunk)))
  production.stderr!.on("data", (chunk) => onOutput(String(chunk)))
  return production
}

/** Deletes the shared Redis's keys that match `pattern` (Redis's glob). */
export function deleteRedisKeys(pattern: string): void {
  spawnSync("sh", ["-c", `redis-cli -u ${REDIS_URL} --scan --pattern '${pattern}' | xargs -r redis-cli -u ${REDIS_URL} del`])
}

/** Leaves no queue or key of this run in the shared Redis. */
export function clearRedisKeys(prefix: string): void {
  deleteRedisKeys(`*${prefix}*`)
}
