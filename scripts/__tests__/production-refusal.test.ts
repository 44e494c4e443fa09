/** The real backend command refuses to start in production with a weak secret: clear message, non-zero exit. */
import assert from "node:assert/strict"
import { spawnSync } from "node:child_process"
import { describe, it } from "node:test"
import { BACKEND_DIR } from "../lib/paths"

const strong = (seed: string) => `${seed}-Xk39fQz81LmP0wRt7Yb2Nc5Vd6Hs4Ja`
const PRODUCTION_ENV = {
  NODE_ENV: "production",
  DATABASE_URL: "postgres://postgres@localhost:1/never_reached",
  REDIS_URL: "redis://localhost:1",
  STORE_CORS: "https://mj-chauffage.dz",
  ADMIN_CORS: "https://admin.mj-chauffage.dz",
  AUTH_CORS: "https://mj-chauffage.dz",
  SMTP_HOST: "smtp.example.dz",
  MAIL_FROM: "MJ Chauffage <commandes@mj-chauffage.dz>",
  STOREFRONT_URL: "https://mj-chauffage.dz",
  JWT_SECRET: strong("jwt"),
  COOKIE_SECRET: strong("cookie"),
  LINK_SIGNING_SECRET: strong("link"),
  STOREFRONT_REVALIDATE_SECRET: strong("revalidate"),
  MEDUSA_DISABLE_TELEMETRY: "true",
}

function startProduction(overrides: Record<string, string | undefined>) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...PRODUCTION_ENV, ...overrides }
  for (const [name, value] of Object.entries(overrides)) if (value === undefined) delete env[name]
  return spawnSync("npx", ["medusa", "start"], { cwd: BACKEND_DIR, env, encoding: "utf8", timeout: 60_000 })
}

describe("production start with a weak secret", () => {
  for (const [label, overrides, message] of [
    ["missing JWT_SECRET", { JWT_SECRET: undefined }, /JWT_SECRET is missing/],
    ["short COOKIE_SECRET", { COOKIE_SECRET: "Xk39fQz81LmP0wRt" }, /COOKIE_SECRET is shorter than 32 characters/],
    ["default JWT_SECRET", { JWT_SECRET: "supersecret" }, /JWT_SECRET is a known default/],
    ["missing LINK_SIGNING_SECRET", { LINK_SIGNING_SECRET: undefined }, /LINK_SIGNING_SECRET is missing/],
    ["missing STOREFRONT_REVALIDATE_SECRET", { STOREFRONT_REVALIDATE_SECRET: undefined }, /STOREFRONT_REVALIDATE_SECRET is missing/],
  ] as const) {
    it(`refuses to start: ${label}`, () => {
      const result = startProduction(overrides)
      assert.notEqual(result.status, 0)
      assert.match(result.stdout + result.stderr, /Refusing to start in production/)
      assert.match(result.stdout + result.stderr, message)
    })
  }
})

describe("start with a Redis prefix BullMQ would refuse", () => {
  it("refuses at once, naming REDIS_PREFIX, instead of failing at the first event", () => {
    const result = startProduction({ REDIS_PREFIX: "mj:prod" })
    assert.notEqual(result.status, 0)
    // Production logs are JSON: the quotes arrive escaped.
    assert.match(result.stdout + result.stderr, /REDIS_PREFIX must be 1 to 40 letters, digits.*\(got \\?"mj:prod\\?"\)/)
  })
})

describe("start with TRUSTED_PROXIES that is not a list of addresses", () => {
  it("refuses at once, naming the entry, instead of failing every rate-limited request", () => {
    // A host name, and a range proxy-addr refuses though it looks like one: the start uses the same rule as requests.
    const result = startProduction({ TRUSTED_PROXIES: "172.16.0.0/12, 1.2.3.4/99, storefront.local" })
    assert.notEqual(result.status, 0)
    assert.match(result.stdout + result.stderr, /TRUSTED_PROXIES holds \\?"1\.2\.3\.4\/99\\?", \\?"storefront\.local\\?"/)
  })
})
