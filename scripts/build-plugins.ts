/**
 * Builds the plain TypeScript packages (packages/*, compiled to dist/), then every workspace plugin
 * (`medusa plugin:build`), before the backend migrates, runs or builds. Medusa loads a plugin only
 * from <plugin>/.medusa/server and silently skips one that is not built, so a failed or empty build
 * stops here with the package's or the plugin's name.
 */
import fs from "node:fs"
import path from "node:path"
import { PACKAGES_DIR, PLUGINS_DIR } from "./lib/paths"
import { run } from "./lib/processes"

type Manifest = { name?: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string> }
const manifestOf = (dir: string): Manifest => JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"))

/** The workspace plugins, each after the plugins it depends on (e.g. booking after security). */
export function listPlugins(pluginsDir = PLUGINS_DIR): string[] {
  if (!fs.existsSync(pluginsDir)) return []
  const dirs = fs
    .readdirSync(pluginsDir)
    .map((name) => path.join(pluginsDir, name))
    .filter((dir) => fs.existsSync(path.join(dir, "package.json")))
    .sort()
  const dirByName = new Map(dirs.map((dir) => [manifestOf(dir).name, dir]))
  const ordered: string[] = []
  const visiting = new Set<string>()
  const visit = (dir: string) => {
    if (ordered.includes(dir)) return
    if (visiting.has(dir)) throw new Error(`Plugins depend on each other in a cycle through ${path.basename(dir)}`)
    visiting.add(dir)
    const { dependencies = {}, devDependencies = {} } = manifestOf(dir)
    for (const name of Object.keys({ ...dependencies, ...devDependencies })) {
      const dependency = dirByName.get(name)
      if (dependency) visit(dependency)
    }
    visiting.delete(dir)
    ordered.push(dir)
  }
  dirs.forEach(visit)
  return ordered
}

/** The plain TypeScript packages (the shop kernel): built first, everything depends on them. */
export const listPackages = (packagesDir = PACKAGES_DIR): string[] => listPlugins(packagesDir)

/** Runs each workspace's build in order; stops with its name when it fails or leaves `output` empty. */
async function buildEach(dirs: string[], kind: "Package" | "Plugin", output: string, empty: string): Promise<void> {
  for (const dir of dirs) {
    const name = path.basename(dir)
    try {
      await run("npm", ["run", "build"], { cwd: dir })
    } catch (error) {
      throw new Error(`${kind} "${name}" failed to build: ${(error as Error).message}. Fix it before running the backend.`)
    }
    if (!fs.existsSync(path.join(dir, output))) throw new Error(`${kind} "${name}" built nothing in ${empty}`)
  }
}

export const buildPackages = (packagesDir = PACKAGES_DIR) => buildEach(listPackages(packagesDir), "Package", "dist", "dist/.")

export async function buildPlugins(pluginsDir = PLUGINS_DIR, packagesDir = PACKAGES_DIR): Promise<void> {
  await buildPackages(packagesDir)
  await buildEach(listPlugins(pluginsDir), "Plugin", path.join(".medusa", "server", "src"), ".medusa/server/src: Medusa would skip it silently.")
}

if (require.main === module) {
  buildPlugins().catch((error: Error) => {
    process.stderr.write(`\n${error.message}\n`)
    process.exit(1)
  })
}
