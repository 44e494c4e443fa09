/**
 * Builds every workspace plugin (`medusa plugin:build`) before the backend migrates, runs or builds.
 * Medusa loads a plugin only from <plugin>/.medusa/server and silently skips one that is not built,
 * so a failed or empty build stops here with the plugin's name.
 */
import fs from "node:fs"
import path from "node:path"
import { PLUGINS_DIR } from "./lib/paths"
import { run } from "./lib/processes"

export function listPlugins(pluginsDir = PLUGINS_DIR): string[] {
  if (!fs.existsSync(pluginsDir)) return []
  return fs
    .readdirSync(pluginsDir)
    .map((name) => path.join(pluginsDir, name))
    .filter((dir) => fs.existsSync(path.join(dir, "package.json")))
    .sort()
}

export async function buildPlugins(pluginsDir = PLUGINS_DIR): Promise<void> {
  for (const dir of listPlugins(pluginsDir)) {
    const name = path.basename(dir)
    try {
      await run("npm", ["run", "build"], { cwd: dir })
    } catch (error) {
      throw new Error(`Plugin "${name}" failed to build: ${(error as Error).message}. Fix it before running the backend.`)
    }
    if (!fs.existsSync(path.join(dir, ".medusa", "server", "src"))) {
      throw new Error(`Plugin "${name}" built nothing in .medusa/server/src: Medusa would skip it silently.`)
    }
  }
}

if (require.main === module) {
  buildPlugins().catch((error: Error) => {
    process.stderr.write(`\n${error.message}\n`)
    process.exit(1)
  })
}
