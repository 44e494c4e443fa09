import path from "node:path"

/** The repository root (this file is scripts/lib/paths.ts). */
export const REPO_ROOT = path.resolve(__dirname, "..", "..")
export const BACKEND_DIR = path.join(REPO_ROOT, "backend")
export const PLUGINS_DIR = path.join(REPO_ROOT, "plugins")
export const PACKAGES_DIR = path.join(REPO_ROOT, "packages")
export const STOREFRONT_DIR = path.join(REPO_ROOT, "storefront")

/**
 * Git-ignored folder for everything a development machine generates: secrets, the admin password,
 * the embedded PostgreSQL data. MJ_DEV_STATE_DIR moves it (tests use a throwaway one).
 */
export function devStateDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.MJ_DEV_STATE_DIR || path.join(REPO_ROOT, ".dev"))
}
