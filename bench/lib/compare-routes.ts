/**
 * The Store API routes bench/compare.ts measures on both sides, with the same query strings and
 * bodies, and one measured round of one route on one side: 1 connection for latency, then 20
 * connections for throughput while the side's CPU time is read before and after.
 */
import type autocannon from "autocannon"
import { measure } from "./measure"
import { percentile, type RouteRound } from "./compare-table"
import { storeJson, type BenchSide } from "./compare-sides"
import { groupCpuMs } from "./process-cpu"

export type RouteFixtures = {
  /** Carts holding the variant, each at the customer's address: line items are added to them in turn. */
  carts: string[]
}

export type BenchRoute = { name: string; requests: (side: BenchSide, fixtures: RouteFixtures) => autocannon.Request[] }

/** A cart with the variant in it, at the side's delivery address. */
export async function cartAtAddress(side: BenchSide): Promise<string> {
  const cartId: string = (await storeJson(side, "POST", "/store/carts", { region_id: side.regionId })).cart.id
  await storeJson(side, "POST", `/store/carts/${cartId}/line-items`, { variant_id: side.variantId, quantity: 1 })
  await storeJson(side, "POST", `/store/carts/${cartId}`, { email: "banc@example.dz", shipping_address: side.address, billing_address: side.address })
  return cartId
}

export async function prepareFixtures(side: BenchSide, connections: number): Promise<RouteFixtures> {
  const carts: string[] = []
  for (let index = 0; index < connections; index++) carts.push(await cartAtAddress(side))
  return { carts }
}

/** One request after another from `paths` (round robin), each with `body`. */
function rotating(method: "GET" | "POST", paths: string[], body?: object): autocannon.Request[] {
  let next = 0
  return [{ method, body: body ? JSON.stringify(body) : undefined, setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }]
}

export const ROUTES: BenchRoute[] = [
  { name: "GET /store/products?limit=12", requests: (side) => rotating("GET", [`/store/products?limit=12&region_id=${side.regionId}`]) },
  { name: "GET /store/products/:id", requests: (side) => rotating("GET", [`/store/products/${side.productId}?region_id=${side.regionId}`]) },
  { name: "GET /store/regions", requests: () => rotating("GET", ["/store/regions"]) },
  { name: "POST /store/carts", requests: (side) => rotating("POST", ["/store/carts"], { region_id: side.regionId }) },
  {
    name: "POST /store/carts/:id/line-items",
    requests: (side, fixtures) => rotating("POST", fixtures.carts.map((cart) => `/store/carts/${cart}/line-items`), { variant_id: side.variantId, quantity: 1 }),
  },
  { name: "GET /store/shipping-options?cart_id=", requests: (_side, fixtures) => rotating("GET", fixtures.carts.map((cart) => `/store/shipping-options?cart_id=${cart}`)) },
]

// `errors` counts timeouts too.
const notOk = (result: autocannon.Result) => result.non2xx + result.errors

export async function measureRoute(side: BenchSide, route: BenchRoute, fixtures: RouteFixtures, seconds: { latency: number; load: number }): Promise<RouteRound> {
  const options = { url: side.api, headers: side.headers, timeout: 30 }
  const latency = await measure({ ...options, requests: route.requests(side, fixtures), connections: 1, duration: seconds.latency })
  const cpuBefore = groupCpuMs(side.group)
  const load = await measure({ ...options, requests: route.requests(side, fixtures), connections: 20, duration: seconds.load })
  const cpuMs = groupCpuMs(side.group) - cpuBefore
  return {
    p50: percentile(latency.times, 50),
    p95: percentile(latency.times, 95),
    p99: percentile(latency.times, 99),
    perSecond: load.result.requests.total / seconds.load,
    cpuMsPerRequest: load.result.requests.total ? cpuMs / load.result.requests.total : NaN,
    failed: notOk(latency.result) + notOk(load.result),
  }
}

/** Unmeasured: compiles each route's code and fills each side's caches before round 1. */
export async function warmUp(side: BenchSide, fixtures: RouteFixtures, seconds: number): Promise<void> {
  for (const route of ROUTES) await measure({ url: side.api, headers: side.headers, requests: route.requests(side, fixtures), connections: 10, duration: seconds })
}
