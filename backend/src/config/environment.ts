/**
 * Where the backend's settings come from, in order (a variable already set always wins): the
 * process, the working folder's .env, the repository's .env, and in development the secrets
 * `npm run dev` generated in .dev/. NAME_FILE variables (Compose secrets) are then read into NAME.
 */
import fs from "node:fs"
import path from "node:path"
import { loadEnv } from "@medusajs/framework/utils"

const SECRET_FILE_VARIABLES = ["JWT_SECRET", "COOKIE_SECRET", "LINK_SIGNING_SECRET", "STOREFRONT_REVALIDATE_SECRET", "DATABASE_URL", "REDIS_URL", "SATIM_PASSWORD", "CHARGILY_SECRET_KEY"]

/** The workspace root above `from` (the folder holding package-lock.json), if any. */
export function repositoryRoot(from: string): string | undefined {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package-lock.json"))) return dir
    if (path.dirname(dir) === dir) return undefined
  }
}

export function loadShopEnvironment(configDir: string, nodeEnv: string): void {
  loadEnv(nodeEnv, process.cwd())
  const root = repositoryRoot(configDir)
  if (root) {
    loadEnv(nodeEnv, root)
    if (nodeEnv !== "production") loadEnv("development", path.join(root, ".dev"))
  }
  readSecretFiles(process.env)
}

/**
 * Docker secrets convention: NAME_FILE points at a file holding NAME (Compose mounts them under
 * /run/secrets). DATABASE_PASSWORD_FILE fills the password into DATABASE_URL.
 */
export function readSecretFiles(env: Record<string, string | undefined>): void {
  for (const name of SECRET_FILE_VARIABLES) {
    const file = env[`${name}_FILE`]
    if (!file) continue
    if (env[name]) throw new Error(`Set ${name} or ${name}_FILE, not both`)
    env[name] = fs.readFileSync(file, "utf8").trim()
  }
  const passwordFile = env.DATABASE_PASSWORD_FILE
  if (passwordFile && env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL)
    url.password = encodeURIComponent(fs.readFileSync(passwordFile, "utf8").trim())
    env.DATABASE_URL = url.toString()
  }
}
