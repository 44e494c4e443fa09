/** Plugins are built before the backend runs, and a broken or empty build stops everything by name. */
import assert from "node:assert/strict"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { after, describe, it } from "node:test"
import { buildPackages, buildPlugins, listPlugins } from "../build-plugins"

const root = fs.mkdtempSync(path.join(os.tmpdir(), "mj-plugins-"))
/** A packages folder with nothing to build, so these tests build only their own plugins. */
const noPackages = fs.mkdtempSync(path.join(os.tmpdir(), "mj-packages-"))

function plugin(name: string, buildScript: string, dependencies: Record<string, string> = {}, folder = name) {
  const dir = path.join(root, folder, name)
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name, private: true, dependencies, scripts: { build: buildScript } }))
  return path.dirname(dir)
}

describe("buildPlugins", () => {
  after(() => {
    fs.rmSync(root, { recursive: true, force: true })
    fs.rmSync(noPackages, { recursive: true, force: true })
  })

  it("builds every plugin that produces .medusa/server/src", async () => {
    const dir = plugin("good", `node -e "require('fs').mkdirSync('.medusa/server/src',{recursive:true})"`)
    assert.deepEqual(listPlugins(dir).map((p) => path.basename(p)), ["good"])
    await buildPlugins(dir, noPackages)
    assert.ok(fs.existsSync(path.join(dir, "good", ".medusa", "server", "src")))
  })

  it("builds a plugin after the plugins it depends on", () => {
    const dir = plugin("a-booking", "true", { "z-security": "0.1.0" }, "ordered")
    plugin("z-security", "true", {}, "ordered")
    assert.deepEqual(listPlugins(dir).map((p) => path.basename(p)), ["z-security", "a-booking"])
  })

  it("stops with the plugin's name when its build fails", async () => {
    await assert.rejects(buildPlugins(plugin("broken", `node -e "process.exit(3)"`), noPackages), /Plugin "broken" failed to build/)
  })

  it("builds the plain packages first, and stops with a package's name when it builds nothing in dist/", async () => {
    const packages = plugin("kernel", `node -e "require('fs').mkdirSync('dist',{recursive:true})"`, {}, "packages")
    const plugins = plugin("uses-kernel", `node -e "require('fs').accessSync('../../packages/kernel/dist');require('fs').mkdirSync('.medusa/server/src',{recursive:true})"`, {}, "plugins")
    await buildPlugins(plugins, packages)
    await assert.rejects(buildPackages(plugin("no-dist", `node -e "0"`, {}, "bad-packages")), /Package "no-dist" built nothing in dist\//)
  })

  it("stops when a build leaves nothing for Medusa to load (it would skip the plugin silently)", async () => {
    await assert.rejects(buildPlugins(plugin("empty", `node -e "0"`), noPackages), /Plugin "empty" built nothing in \.medusa\/server\/src/)
  })
})
