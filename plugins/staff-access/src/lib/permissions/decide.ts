import { ROUTE_RULES, type Requirement, type RouteRule } from "./route-map"
import { ROLE_PERMISSIONS, type StaffRole } from "./roles"

const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"])

const covers = (prefix: string, path: string) => path === prefix || path.startsWith(`${prefix}/`)

/**
 * The path as Express routes it: without the query, and since Express matches case-insensitively,
 * ignores a trailing slash and repeated slashes, "/ADMIN//orders/" is "/admin/orders".
 */
export const routePath = (url: string) => {
  const path = url.split(/[?#]/)[0]!.toLowerCase().replace(/\/{2,}/g, "/").replace(/\/+$/, "")
  return path || "/"
}

/** What a request needs: the longest rule covering its path, read or write by method; undefined when no rule covers it. */
export function requirementOf(method: string, url: string, rules: readonly RouteRule[] = ROUTE_RULES): Requirement | undefined {
  const path = routePath(url)
  let best: RouteRule | undefined
  for (const candidate of rules) {
    if (covers(candidate.prefix, path) && (!best || candidate.prefix.length > best.prefix.length)) best = candidate
  }
  if (!best) return undefined
  return READ_METHODS.has(method.toUpperCase()) ? best.read : best.write
}

export type Decision = { allowed: boolean; requirement: Requirement | "unmapped" }

/**
 * Whether a staff member of `role` may make this /admin request. Deny by default: an unmapped
 * route is an admin's alone, a staff member without a role gets nothing but public routes.
 */
export function decide(role: StaffRole | null, method: string, url: string, rules: readonly RouteRule[] = ROUTE_RULES): Decision {
  const requirement = requirementOf(method, url, rules) ?? "unmapped"
  if (requirement === "public") return { allowed: true, requirement }
  if (role === null) return { allowed: false, requirement }
  if (role === "admin") return { allowed: true, requirement }
  return { allowed: requirement !== "unmapped" && ROLE_PERMISSIONS[role].includes(requirement), requirement }
}
