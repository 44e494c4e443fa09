/**
 * A guest checkout, step by step, as a storefront sends it: cart → line item → address and email →
 * shipping options → shipping method → payment collection → payment session → complete. Run by one
 * customer with each step's time and the side's CPU time around it (the side serves only this
 * customer then, so the CPU read around a call is that call's, give or take what the worker does
 * after it), or by several customers at once for checkouts per second.
 */
import assert from "node:assert/strict"
import { storeJson, type BenchSide } from "./compare-sides"
import { groupCpuMs } from "./process-cpu"

export const CHECKOUT_STEPS = [
  "POST /store/carts",
  "POST /store/carts/:id/line-items",
  "POST /store/carts/:id (address, email)",
  "GET /store/shipping-options?cart_id=",
  "POST /store/carts/:id/shipping-methods",
  "POST /store/payment-collections",
  "POST /store/payment-collections/:id/payment-sessions",
  "POST /store/carts/:id/complete",
] as const

export type CheckoutStep = (typeof CHECKOUT_STEPS)[number]
export type StepTiming = { step: CheckoutStep; ms: number; cpuMs: number }

/** One checkout; `timed` brackets each step (the CPU reading is skipped when `readCpu` is false). */
export async function checkout(side: BenchSide, customer: number, readCpu: boolean): Promise<StepTiming[]> {
  const timings: StepTiming[] = []
  const timed = async <T>(step: CheckoutStep, call: () => Promise<T>): Promise<T> => {
    const cpuBefore = readCpu ? groupCpuMs(side.group) : 0
    const startedAt = performance.now()
    const answer = await call()
    const ms = performance.now() - startedAt
    timings.push({ step, ms, cpuMs: readCpu ? groupCpuMs(side.group) - cpuBefore : NaN })
    return answer
  }
  const email = `client-${customer}@example.dz`
  const cartId: string = (await timed("POST /store/carts", () => storeJson(side, "POST", "/store/carts", { region_id: side.regionId }))).cart.id
  await timed("POST /store/carts/:id/line-items", () => storeJson(side, "POST", `/store/carts/${cartId}/line-items`, { variant_id: side.variantId, quantity: 1 }))
  await timed("POST /store/carts/:id (address, email)", () =>
    storeJson(side, "POST", `/store/carts/${cartId}`, { email, shipping_address: side.address, billing_address: side.address })
  )
  const options = (await timed("GET /store/shipping-options?cart_id=", () => storeJson(side, "GET", `/store/shipping-options?cart_id=${cartId}`))).shipping_options
  await timed("POST /store/carts/:id/shipping-methods", () => storeJson(side, "POST", `/store/carts/${cartId}/shipping-methods`, { option_id: side.homeDelivery(options) }))
  const collectionId: string = (await timed("POST /store/payment-collections", () => storeJson(side, "POST", "/store/payment-collections", { cart_id: cartId }))).payment_collection.id
  await timed("POST /store/payment-collections/:id/payment-sessions", () =>
    storeJson(side, "POST", `/store/payment-collections/${collectionId}/payment-sessions`, { provider_id: side.paymentProvider })
  )
  const completed = await timed("POST /store/carts/:id/complete", () => storeJson(side, "POST", `/store/carts/${cartId}/complete`, {}))
  assert.equal(completed.type, "order", `the ${side.name} checkout made no order: ${JSON.stringify(completed).slice(0, 500)}`)
  return timings
}

export type ConcurrentCheckouts = { perSecond: number; cpuMsPerCheckout: number; failures: string[] }

/**
 * `total` checkouts by `customers` customers at once: orders made per second, and the side's CPU ms
 * per order. A failed checkout is counted and its reason kept, not retried.
 */
export async function checkoutsPerSecond(side: BenchSide, customers: number, total: number): Promise<ConcurrentCheckouts> {
  let started = 0
  const failures: string[] = []
  const cpuBefore = groupCpuMs(side.group)
  const startedAt = performance.now()
  await Promise.all(
    Array.from({ length: customers }, async () => {
      while (started < total) await checkout(side, started++, false).catch((error: Error) => failures.push(error.message.slice(0, 300)))
    })
  )
  const seconds = (performance.now() - startedAt) / 1000
  const orders = Math.max(1, total - failures.length)
  return { perSecond: (total - failures.length) / seconds, cpuMsPerCheckout: (groupCpuMs(side.group) - cpuBefore) / orders, failures }
}

/**
 * How many unmeasured checkouts (at 10 customers) come before any measured one, unless BENCH_CHECKOUT_WARMUP
 * says otherwise. Each of our three processes compiles and warms its own code on its share of the checkouts,
 * while bare's one process sees them all: measured 2026-12-07 (bench:checkouts, 9 rounds of 40 after 10),
 * ours rose round by round to a plateau after about 150 checkouts (1.42 → 1.63 per second), bare's rate was
 * flat after 10. Comparing before ours is warm would measure its start, not its steady state.
 */
export function checkoutWarmUp(env: NodeJS.ProcessEnv, customers: number): number {
  const value = Number(env.BENCH_CHECKOUT_WARMUP || 150)
  if (!Number.isInteger(value) || value < 0) throw new Error("BENCH_CHECKOUT_WARMUP must be a whole number of checkouts")
  // At least one per customer: the first checkouts compile the path on each side, whatever is asked.
  return Math.max(customers, value)
}
