/**
 * The inventory of /admin routes, read from the files that declare them: Medusa's compiled routes
 * (node_modules/@medusajs/medusa/dist/api/admin/**\/route.js) and the TypeScript routes of the
 * backend and of every workspace plugin (src/api/admin/**\/route.ts). Used by tests only: the
 * permission map must name every route, and every non-public one must ask for a login.
 */
import fs from "node:fs"
import path from "node:path"

export type AdminRoute = { method: string; path: string; source: string }

const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"]

/** The methods a route file exports, compiled (`exports.GET =`) or source (`export async function GET`, `export const GET`). */
export function exportedMethods(text: string): string[] {
  return HTTP_METHODS.filter((method) =>
    new RegExp(`exports\\.${method}\\s*=\\s*(?!void)|export\\s+(async\\s+)?function\\s+${method}\\b|export\\s+const\\s+${method}\\b`).test(text)
  )
}

/** "/orders/[id]/ship/route.js" under the admin folder → "/admin/orders/:id/ship". */
export function routePathOf(relativeFile: string): string {
  const segments = path.dirname(relativeFile).split(path.sep).filter((segment) => segment && segment !== ".")
  return ["/admin", ...segments.map((segment) => segment.replace(/^\[(.+)\]$/, ":$1"))].join("/")
}

function routesUnder(adminDir: string, fileName: "route.js" | "route.ts", source: string): AdminRoute[] {
  if (!fs.existsSync(adminDir)) return []
  return fs
    .readdirSync(adminDir, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === fileName)
    .flatMap((file) => exportedMethods(fs.readFileSync(path.join(adminDir, file), "utf8")).map((method) => ({ method, path: routePathOf(file), source })))
}

/** Every /admin route of Medusa, of the backend and of the workspace plugins in `repositoryRoot`. */
export function adminRouteInventory(repositoryRoot: string): AdminRoute[] {
  const medusaApi = path.join(path.dirname(require.resolve("@medusajs/medusa/package.json", { paths: [repositoryRoot] })), "dist", "api", "admin")
  const pluginsDir = path.join(repositoryRoot, "plugins")
  const ours = [path.join(repositoryRoot, "backend"), ...fs.readdirSync(pluginsDir).map((name) => path.join(pluginsDir, name))]
  return [
    ...routesUnder(medusaApi, "route.js", "@medusajs/medusa"),
    ...ours.flatMap((workspace) => routesUnder(path.join(workspace, "src", "api", "admin"), "route.ts", path.relative(repositoryRoot, workspace))),
  ].sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method))
}

/** A concrete URL for a route pattern: each `:param` becomes a made-up id. */
export const sampleUrl = (routePath: string) => routePath.replace(/:[^/]+/g, "x_1")
