/**
 * The production build the tests and drills that run `npm run start:prod` share: reused when it is
 * newer than every source it is built from (npm test builds it for production-start), else built.
 */
import fs from "node:fs"
import path from "node:path"
import { BACKEND_DIR, PACKAGES_DIR, PLUGINS_DIR, REPO_ROOT } from "./paths"
import { run } from "./processes"

const BUILD_CONFIG = path.join(BACKEND_DIR, ".medusa", "server", "medusa-config.js")

/** The newest modification time under `dir` (compiled output and dependencies left out). */
function newestChange(dir: string): number {
  if (!fs.existsSync(dir)) return 0
  let newest = fs.statSync(dir).mtimeMs
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (["node_modules", ".medusa", "dist", ".dev"].includes(entry.name)) continue
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : fs.statSync(full).mtimeMs)
  }
  return newest
}

function buildIsCurrent(): boolean {
  if (!fs.existsSync(BUILD_CONFIG)) return false
  const sources = [path.join(BACKEND_DIR, "src"), path.join(BACKEND_DIR, "medusa-config.ts"), PLUGINS_DIR, PACKAGES_DIR]
  return Math.max(...sources.map((source) => (fs.statSync(source).isDirectory() ? newestChange(source) : fs.statSync(source).mtimeMs))) < fs.statSync(BUILD_CONFIG).mtimeMs
}

/** Builds for production unless the build is current. */
export async function ensureProductionBuild(env: NodeJS.ProcessEnv): Promise<void> {
  if (!buildIsCurrent()) await run("npm", ["run", "build"], { cwd: REPO_ROOT, env })
}

/** Seeds the database of `env` from the production build, as an operator would (`medusa exec`). */
export async function seedFromProductionBuild(env: NodeJS.ProcessEnv): Promise<void> {
  await run(path.join(REPO_ROOT, "node_modules", ".bin", "medusa"), ["exec", "./src/scripts/seed.js"], { cwd: path.join(BACKEND_DIR, ".medusa", "server"), env })
}
