/**
 * `medusa plugin:build` bundles into a plugin's admin extension every package it imports that its
 * package.json does not name (dependencies, peer or dev) and that is not on the admin bundler's own
 * list of the dashboard's packages. A bundled @medusajs/ui is a second copy beside the dashboard's: its
 * toasts showed nowhere. So each package an admin extension imports must be named.
 */
import assert from "node:assert/strict"
import fs from "node:fs"
import path from "node:path"
import { describe, it } from "node:test"
import { listPlugins } from "../build-plugins"

/** What @medusajs/admin-bundler leaves to the dashboard whatever the plugin's package.json says. */
const DASHBOARD_PROVIDES = new Set(["react", "react-router-dom", "react-router", "react-i18next", "@medusajs/js-sdk", "@medusajs/admin-sdk", "@tanstack/react-query"])

type Manifest = { dependencies?: Record<string, string>; peerDependencies?: Record<string, string>; devDependencies?: Record<string, string> }

function importedPackages(dir: string): Set<string> {
  const found = new Set<string>()
  if (!fs.existsSync(dir)) return found
  for (const file of fs.readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    if (!/\.(tsx?|jsx?)$/.test(file) || /(^|\/)__tests__\//.test(file)) continue
    const text = fs.readFileSync(path.join(dir, file), "utf8")
    for (const [, specifier] of text.matchAll(/\bfrom\s+"([^".][^"]*)"/g)) {
      const parts = specifier!.split("/")
      found.add(specifier!.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!)
    }
  }
  return found
}

describe("plugins' admin extensions", () => {
  for (const plugin of listPlugins()) {
    it(`${path.basename(plugin)}: every package its admin imports is named in its package.json, so none is bundled`, () => {
      const manifest = JSON.parse(fs.readFileSync(path.join(plugin, "package.json"), "utf8")) as Manifest
      const named = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})])
      const bundled = [...importedPackages(path.join(plugin, "src", "admin"))].filter((name) => !named.has(name) && !DASHBOARD_PROVIDES.has(name))
      assert.deepEqual(bundled, [], `name in ${path.basename(plugin)}'s peerDependencies and devDependencies, at the dashboard's version: ${bundled.join(", ")}`)
    })
  }
})
