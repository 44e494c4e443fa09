import fs from "node:fs"

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"])

/**
 * TLS towards a PostgreSQL on another host is mandatory in production unless DATABASE_SSL=disable
 * says the network is private (e.g. the Compose network). `verify` checks the server certificate
 * against DATABASE_CA_FILE (or the system CAs); `require` only encrypts.
 */
export function databaseDriverOptions(env: Record<string, string | undefined>, production: boolean) {
  const options: Record<string, unknown> = {}
  const poolMax = Number(env.DATABASE_POOL_MAX)
  if (Number.isInteger(poolMax) && poolMax > 0) {
    options.pool = { min: Math.min(2, poolMax), max: poolMax }
  }
  const url = env.DATABASE_URL ? new URL(env.DATABASE_URL) : undefined
  const remote = url !== undefined && !LOCAL_HOSTS.has(url.hostname)
  const mode = env.DATABASE_SSL || (production && remote ? "verify" : "disable")
  if (mode === "verify") {
    const ca = env.DATABASE_CA_FILE ? fs.readFileSync(env.DATABASE_CA_FILE, "utf8") : undefined
    options.connection = { ssl: { rejectUnauthorized: true, ...(ca ? { ca } : {}) } }
  } else if (mode === "require") {
    options.connection = { ssl: { rejectUnauthorized: false } }
  } else if (mode !== "disable") {
    throw new Error(`DATABASE_SSL must be verify, require or disable (got "${mode}")`)
  }
  return options
}
