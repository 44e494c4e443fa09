import fs from "node:fs"
import path from "node:path"

const medusaUrl = () => process.env.E2E_MEDUSA_URL ?? "http://localhost:9000"

let token: Promise<string> | undefined

/** One login for the whole test run. */
function adminToken(): Promise<string> {
  token ??= logIn()
  return token
}

async function logIn(): Promise<string> {
  const response = await fetch(`${medusaUrl()}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: process.env.E2E_ADMIN_EMAIL, password: process.env.E2E_ADMIN_PASSWORD }),
  })
  if (!response.ok) throw new Error(`admin login failed: ${response.status}`)
  return ((await response.json()) as { token: string }).token
}

/** A call to Medusa's admin API as the development admin; throws on a refusal. */
export async function adminFetch<T>(path: string, init: { method?: "GET" | "POST"; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${medusaUrl()}${path}`, {
    method: init.method ?? "GET",
    headers: { authorization: `Bearer ${await adminToken()}`, "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  if (!response.ok) throw new Error(`admin ${init.method ?? "GET"} ${path}: ${response.status} ${await response.text()}`)
  return response.json() as Promise<T>
}

/**
 * Units of a part the shop can still sell (stocked less reserved, over every location), read from the
 * admin: tests that show "what is left" read it rather than trust the seed, since other tests buy and use parts.
 */
export async function availableUnits(sku: string): Promise<number> {
  const { inventory_items } = await adminFetch<{ inventory_items: Array<{ location_levels: Array<{ available_quantity: number }> }> }>(
    `/admin/inventory-items?sku=${encodeURIComponent(sku)}&fields=id,*location_levels`
  )
  if (inventory_items.length !== 1) throw new Error(`inventory items with sku ${sku}: ${inventory_items.length}`)
  return inventory_items[0].location_levels.reduce((sum, level) => sum + Number(level.available_quantity), 0)
}

export type AdminOrder = {
  id: string
  display_id: number
  email: string
  total: number
  shipping_total: number
  metadata: Record<string, unknown> | null
  payment_status: string
  items: { product_title: string; quantity: number; unit_price: number }[]
  shipping_address: { province: string; city: string; phone: string; address_1: string }
  shipping_methods: { amount: number; data: Record<string, unknown> }[]
}

const ORDER_FIELDS =
  "id,display_id,email,total,shipping_total,metadata,payment_status,*items,*shipping_address,*shipping_methods"

/** Orders as the merchant sees them in the admin, newest first. */
export async function adminOrders(): Promise<AdminOrder[]> {
  const response = await fetch(`${medusaUrl()}/admin/orders?fields=${ORDER_FIELDS}&order=-created_at&limit=50`, {
    headers: { authorization: `Bearer ${await adminToken()}` },
  })
  if (!response.ok) throw new Error(`admin orders: ${response.status}`)
  return ((await response.json()) as { orders: AdminOrder[] }).orders
}

/** What the order page's SATIM panel reads (GET /admin/satim/payments?order_id=). */
export async function adminSatimPanel(orderId: string): Promise<{ refunds: Array<{ amount: number; created_by_email: string | null }>; card_payment: { refundable: number } | null }> {
  const response = await fetch(`${medusaUrl()}/admin/satim/payments?order_id=${encodeURIComponent(orderId)}`, {
    headers: { authorization: `Bearer ${await adminToken()}` },
  })
  if (!response.ok) throw new Error(`admin SATIM panel: ${response.status}`)
  return response.json()
}

/** Medusa's admin dashboard (served by `npm run dev` at /app) and how to log in to it. */
/** A seeded technician's development login (their "Mes interventions"). */
export const technicianLogin = { email: () => process.env.E2E_TECHNICIAN_EMAIL!, password: () => process.env.E2E_TECHNICIAN_PASSWORD! }

export const adminDashboard = { url: () => `${medusaUrl()}/app`, email: () => process.env.E2E_ADMIN_EMAIL!, password: () => process.env.E2E_ADMIN_PASSWORD! }

/** The messages the SMTP sink of `npm run dev` wrote (one .eml file each). */
export function sinkMessages(): string[] {
  const dir = process.env.E2E_MAIL_DIR
  if (!dir || !fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".eml"))
    .map((file) => fs.readFileSync(path.join(dir, file), "utf8"))
}
