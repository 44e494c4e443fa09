import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { databaseDriverOptions } from "../database"
import { storeCeilingProblem, storeRequestsPerMinute } from "../store-ceiling"
import { readSecretFiles } from "../environment"
import { DEMO_BARIDPAY_QR_PAYLOAD, DEMO_BARIDPAY_RIP } from "../baridpay-demo"
import { productionProblems, trustedProxiesProblem, weakSecretProblems } from "../production-policy"
import { smsProviderRegistration } from "../providers"
import { EVENT_JOB_OPTIONS, lastAttemptAfterMs } from "../event-retries"

const strong = (seed: string) => `${seed}-Xk39fQz81LmP0wRt7Yb2Nc5Vd6Hs4Ja`
const GOOD = {
  JWT_SECRET: strong("jwt"),
  COOKIE_SECRET: strong("cookie"),
  LINK_SIGNING_SECRET: strong("link"),
  STOREFRONT_REVALIDATE_SECRET: strong("revalidate"),
}

describe("production secrets policy", () => {
  it("accepts four long, random, distinct secrets", () => {
    expect(weakSecretProblems(GOOD)).toEqual([])
  })

  it.each(["JWT_SECRET", "COOKIE_SECRET", "LINK_SIGNING_SECRET", "STOREFRONT_REVALIDATE_SECRET"] as const)("rejects each weak %s", (name) => {
    expect(weakSecretProblems({ ...GOOD, [name]: undefined })).toEqual([`${name} is missing`])
    expect(weakSecretProblems({ ...GOOD, [name]: "" })).toEqual([`${name} is missing`])
    expect(weakSecretProblems({ ...GOOD, [name]: "Xk39fQz81LmP0wRt7Yb2Nc5Vd6Hs4J" })).toEqual([
      `${name} is shorter than 32 characters`,
    ])
    expect(weakSecretProblems({ ...GOOD, [name]: "supersecret" })).toEqual([`${name} is a known default or placeholder`])
    expect(weakSecretProblems({ ...GOOD, [name]: "supersecret-supersecret-supersecret" })).toEqual([
      `${name} is a known default or placeholder`,
    ])
    expect(weakSecretProblems({ ...GOOD, [name]: "replace-with-at-least-32-random-characters" })).toEqual([
      `${name} is a known default or placeholder`,
    ])
    expect(weakSecretProblems({ ...GOOD, [name]: "a".repeat(40) })).toEqual([`${name} repeats too few characters to be random`])
  })

  it("rejects one secret reused for two purposes", () => {
    expect(weakSecretProblems({ ...GOOD, COOKIE_SECRET: GOOD.JWT_SECRET })).toEqual([
      "JWT_SECRET, COOKIE_SECRET, LINK_SIGNING_SECRET, STOREFRONT_REVALIDATE_SECRET must all differ",
    ])
  })

  it("makes the configuration itself refuse to load in production", () => {
    const saved = { ...process.env }
    Object.assign(process.env, { NODE_ENV: "production", ...GOOD, JWT_SECRET: "supersecret" })
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh load of the config is the point
        expect(() => require("../../../medusa-config")).toThrow(/Refusing to start in production:[\s\S]*JWT_SECRET is a known default/)
      })
    } finally {
      process.env = saved
    }
  })
})

describe("database TLS", () => {
  it("requires a verified TLS connection to a remote database in production", () => {
    expect(databaseDriverOptions({ DATABASE_URL: "postgres://u@db.example.dz:5432/shop" }, true)).toEqual({
      connection: { ssl: { rejectUnauthorized: true } },
    })
  })

  it("lets an explicit DATABASE_SSL=disable override it (private network)", () => {
    expect(databaseDriverOptions({ DATABASE_URL: "postgres://u@postgres:5432/shop", DATABASE_SSL: "disable" }, true)).toEqual({})
  })

  it("needs no TLS for a database on this machine, nor in development", () => {
    expect(databaseDriverOptions({ DATABASE_URL: "postgres://u@localhost:5432/shop" }, true)).toEqual({})
    expect(databaseDriverOptions({ DATABASE_URL: "postgres://u@db.example.dz:5432/shop" }, false)).toEqual({})
  })

  it("sizes the pool from DATABASE_POOL_MAX and rejects an unknown TLS mode", () => {
    expect(databaseDriverOptions({ DATABASE_URL: "postgres://u@localhost/shop", DATABASE_POOL_MAX: "20" }, true)).toEqual({
      pool: { min: 2, max: 20 },
    })
    expect(() => databaseDriverOptions({ DATABASE_URL: "postgres://u@localhost/shop", DATABASE_SSL: "yes" }, true)).toThrow(
      /DATABASE_SSL must be verify, require or disable/
    )
  })
})

describe("Redis", () => {
  const loadConfigWith = (env: Record<string, string | undefined>) => {
    const saved = { ...process.env }
    Object.assign(process.env, env)
    for (const [name, value] of Object.entries(env)) if (value === undefined) delete process.env[name]
    try {
      let config: { modules: Record<string, { resolve?: string; options?: Record<string, unknown> }>; projectConfig: { redisPrefix?: string } }
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh load of the config is the point
        config = require("../../../medusa-config").default
      })
      return config!
    } finally {
      process.env = saved
    }
  }

  it("moves the event bus, workflow engine, cache and locking to Redis, every key under REDIS_PREFIX", () => {
    const config = loadConfigWith({ REDIS_URL: "redis://localhost:6379/3", REDIS_PREFIX: "staging" })
    expect(config.modules.event_bus).toMatchObject({
      resolve: "./src/modules/event-bus-redis",
      options: { redisUrl: "redis://localhost:6379/3", queueName: "staging-events", jobOptions: EVENT_JOB_OPTIONS },
    })
    expect(config.modules.workflows).toMatchObject({
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: { redis: { queueName: "staging-workflows", jobQueueName: "staging-workflows-jobs" } },
    })
    expect(config.modules.cache).toMatchObject({ resolve: "@medusajs/medusa/cache-redis", options: { namespace: "staging:cache:" } })
    expect(JSON.stringify(config.modules.locking)).toContain("@medusajs/medusa/locking-redis")
    expect(config.projectConfig.redisPrefix).toBe("staging:")
  })

  it("tries a failed event subscriber again for about half an hour, and keeps what still fails a week", () => {
    expect(lastAttemptAfterMs(EVENT_JOB_OPTIONS)).toBe((15 + 30 + 60 + 120 + 240 + 480 + 960) * 1000)
    expect(lastAttemptAfterMs({ attempts: 3, backoff: { type: "fixed", delay: 50 } })).toBe(100)
    expect(EVENT_JOB_OPTIONS.removeOnFail.age).toBe(7 * 24 * 60 * 60)
  })

  it("keeps Medusa's in-memory modules without REDIS_URL (development)", () => {
    const config = loadConfigWith({ REDIS_URL: undefined })
    expect(config.modules.event_bus?.resolve ?? "").not.toContain("redis")
    expect(config.modules.cache?.resolve ?? "").not.toContain("redis")
    expect(config.modules.workflows?.resolve ?? "").not.toContain("redis")
  })
})

describe("secret files (Compose secrets)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mj-secrets-"))
  const write = (name: string, value: string) => {
    fs.writeFileSync(path.join(dir, name), value)
    return path.join(dir, name)
  }
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it("reads NAME_FILE into NAME, trimmed", () => {
    const env: Record<string, string | undefined> = { JWT_SECRET_FILE: write("jwt", "from-file-secret\n") }
    readSecretFiles(env)
    expect(env.JWT_SECRET).toBe("from-file-secret")
  })

  it("refuses an ambiguous NAME and NAME_FILE together", () => {
    const env = { COOKIE_SECRET: "already-set", COOKIE_SECRET_FILE: write("cookie", "other") }
    expect(() => readSecretFiles(env)).toThrow("Set COOKIE_SECRET or COOKIE_SECRET_FILE, not both")
  })

  it("puts the database password from its file into DATABASE_URL, URL-encoded", () => {
    const env: Record<string, string | undefined> = {
      DATABASE_URL: "postgres://medusa@postgres:5432/mj_chauffage",
      DATABASE_PASSWORD_FILE: write("pg", "p@ss/word:1\n"),
    }
    readSecretFiles(env)
    expect(env.DATABASE_URL).toBe("postgres://medusa:p%40ss%2Fword%3A1@postgres:5432/mj_chauffage") // secretlint-disable-line -- a made-up password read from a file
    expect(decodeURIComponent(new URL(env.DATABASE_URL!).password)).toBe("p@ss/word:1")
  })
})

describe("other production refusals", () => {
  const complete = {
    ...GOOD,
    DATABASE_URL: "postgres://u@db/shop",
    REDIS_URL: "redis://redis:6379",
    STORE_CORS: "https://mj-chauffage.dz",
    ADMIN_CORS: "https://admin.mj-chauffage.dz",
    AUTH_CORS: "https://mj-chauffage.dz",
    SMTP_HOST: "smtp.mj-chauffage.dz",
    MAIL_FROM: "MJ <commandes@mj-chauffage.dz>",
    STOREFRONT_URL: "https://mj-chauffage.dz",
  }

  it("accepts a complete production environment and names each missing setting", () => {
    expect(productionProblems(complete)).toEqual([])
    expect(productionProblems({ ...complete, REDIS_URL: undefined, STORE_CORS: "" })).toEqual(["REDIS_URL is missing", "STORE_CORS is missing"])
  })

  it("refuses the development SATIM simulator, and any plain http SATIM address, in production", () => {
    for (const simulatorOrPlainHttp of ["http://localhost:9010", "http://127.0.0.1:9010", "http://[::1]:9010", "http://0.0.0.0:9010", "http://cib.satim.dz/payment/rest", "not a url"]) {
      expect(productionProblems({ ...complete, SATIM_BASE_URL: simulatorOrPlainHttp })).toEqual([
        "SATIM_BASE_URL must be SATIM's https address (plain http, as the development simulator uses, is refused)",
      ])
    }
    expect(productionProblems({ ...complete, SATIM_BASE_URL: "https://test2.satim.dz/payment/rest" })).toEqual([])
  })

  it("refuses a weak or test Chargily setting in production, only when Chargily is enabled", () => {
    const liveKey = "live_sk_4f9c2a7d1b8e3f6a0c5d9e2b7f1a4c8d"
    expect(productionProblems({ ...complete, CHARGILY_SECRET_KEY: liveKey, CHARGILY_MODE: "live" })).toEqual([])
    expect(productionProblems({ ...complete, CHARGILY_MODE: "live" })).toEqual(["CHARGILY_SECRET_KEY is missing (Chargily is enabled by CHARGILY_MODE or CHARGILY_BASE_URL)"])
    expect(productionProblems({ ...complete, CHARGILY_SECRET_KEY: "test_sk_abc" })).toEqual([
      "CHARGILY_SECRET_KEY is not a live secret key (live_sk_…, at least 32 characters)",
      "CHARGILY_MODE must be live in production (test mode takes no real money)",
    ])
    expect(productionProblems({ ...complete, CHARGILY_SECRET_KEY: liveKey, CHARGILY_MODE: "live", CHARGILY_BASE_URL: "http://127.0.0.1:9011/api/v2" })).toEqual([
      "CHARGILY_BASE_URL is for the development simulator only",
    ])
  })

  it("refuses npm run dev's demo BaridPay account in production, however it is spelt, only when BaridPay is enabled", () => {
    const demo = "BARIDPAY_RIP / BARIDPAY_QR_PAYLOAD / BARIDPAY_QR_URL show the development demo account: set the shop's own CCP RIP and QR"
    expect(productionProblems({ ...complete, BARIDPAY_RIP: DEMO_BARIDPAY_RIP, BARIDPAY_QR_PAYLOAD: DEMO_BARIDPAY_QR_PAYLOAD })).toEqual([demo])
    expect(productionProblems({ ...complete, BARIDPAY_RIP: "0079 9999 0001 2345 6789" })).toEqual([demo])
    expect(productionProblems({ ...complete, BARIDPAY_RIP: "00799000001234567891", BARIDPAY_QR_PAYLOAD: DEMO_BARIDPAY_QR_PAYLOAD })).toEqual([demo])
    expect(productionProblems({ ...complete, BARIDPAY_RIP: "00799000001234567891", BARIDPAY_QR_URL: "https://mj-chauffage.dz/qr.png" })).toEqual([])
    expect(productionProblems({ ...complete, BARIDPAY_QR_PAYLOAD: DEMO_BARIDPAY_QR_PAYLOAD })).toEqual([])
  })

  it("refuses the development SMS file writer in production", () => {
    expect(productionProblems({ ...complete, SMS_PROVIDER: "dev" })).toEqual(["SMS_PROVIDER=dev writes SMS to files instead of sending them"])
    expect(productionProblems({ ...complete, SMS_PROVIDER: "none" })).toEqual([])
  })

  it("names each malformed TRUSTED_PROXIES entry and accepts addresses, ranges and names", () => {
    expect(trustedProxiesProblem("10.0.0.5, 172.16.0.0/12, loopback")).toBeUndefined()
    expect(trustedProxiesProblem(undefined)).toBeUndefined()
    expect(trustedProxiesProblem("loopback, my-proxy, 10.0.0.300")).toBe(
      'TRUSTED_PROXIES holds "my-proxy", "10.0.0.300": give addresses, CIDR ranges, loopback, linklocal or uniquelocal'
    )
  })
})

describe("the Store API ceiling", () => {
  it("is 300 requests per client and minute unless set; a bad value is refused everywhere", () => {
    expect(storeRequestsPerMinute({})).toBe(300)
    expect(storeRequestsPerMinute({ STORE_REQUESTS_PER_MINUTE: "1200" })).toBe(1200)
    expect(storeCeilingProblem({ STORE_REQUESTS_PER_MINUTE: "0" }, false)).toMatch(/whole number from 1/)
    expect(storeCeilingProblem({ STORE_REQUESTS_PER_MINUTE: "lots" }, false)).toMatch(/whole number from 1/)
  })

  it("may be raised for tests, but production never goes above ten times the default", () => {
    expect(storeCeilingProblem({ STORE_REQUESTS_PER_MINUTE: "1000000" }, false)).toBeUndefined()
    expect(storeCeilingProblem({ STORE_REQUESTS_PER_MINUTE: "3000" }, true)).toBeUndefined()
    expect(storeCeilingProblem({ STORE_REQUESTS_PER_MINUTE: "3001" }, true)).toBe("STORE_REQUESTS_PER_MINUTE is 3001: production allows at most 3000")
  })
})

describe("the SMS provider", () => {
  const ROOT = "/srv/mj-chauffage"

  it("writes SMS to files in .dev/sms at the repository root outside production, or in SMS_DEV_DIR", () => {
    expect(smsProviderRegistration({}, false, ROOT)).toEqual({
      resolve: "./src/modules/notification-sms-dev",
      id: "sms-dev",
      options: { channels: ["sms"], directory: path.join(ROOT, ".dev", "sms") },
    })
    expect(smsProviderRegistration({ SMS_DEV_DIR: "/tmp/sms" }, false, ROOT)?.options.directory).toBe("/tmp/sms")
    expect(smsProviderRegistration({ SMS_PROVIDER: "none" }, false, ROOT)).toBeUndefined()
  })

  it("registers no SMS channel in production without a gateway, and never the file writer", () => {
    expect(smsProviderRegistration({}, true, ROOT)).toBeUndefined()
    expect(smsProviderRegistration({ SMS_PROVIDER: "dev" }, true, ROOT)).toBeUndefined()
  })

  it("refuses an unknown provider name everywhere: a typo must not silently stop SMS", () => {
    expect(() => smsProviderRegistration({ SMS_PROVIDER: "dve" }, false, ROOT)).toThrow('SMS_PROVIDER="dve" is not an SMS provider of this shop (dev, none)')
    expect(() => smsProviderRegistration({ SMS_PROVIDER: "dve" }, true, ROOT)).toThrow(/not an SMS provider/)
  })
})
