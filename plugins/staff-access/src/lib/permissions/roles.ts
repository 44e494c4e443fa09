/**
 * The three staff roles and what each may do, as permissions (areas of the admin). Admin is not
 * listed permission by permission: an admin may do everything, including routes no rule names yet.
 */
export const STAFF_ROLES = ["admin", "manager", "technician"] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

export const isStaffRole = (value: unknown): value is StaffRole => typeof value === "string" && (STAFF_ROLES as readonly string[]).includes(value)

export const PERMISSIONS = [
  /** What the dashboard needs to open for anyone: who am I, the store's name, notifications, its own views. */
  "dashboard",
  /** Read products and variants: the technician picks the parts used from the catalogue. */
  "parts.lookup",
  "catalogue.read",
  "catalogue.write",
  /** Read the shop's settings the catalogue and order pages show (regions, currencies, sales channels…). */
  "settings.read",
  "inventory.read",
  "inventory.write",
  "orders.read",
  "orders.write",
  "customers.read",
  "customers.write",
  /** Booking planning, visits, technicians, zones, fault types, closures, cash reconciliation. */
  "booking.office",
  /** Delivery zones' prices and delays, which wilaya each zone serves, the stop-desks (settings › Livraison). */
  "delivery.manage",
  /** The logged-in technician's own visits and calendar feed (the booking plugin checks whose). */
  "booking.own_visits",
  /** Staff accounts: users, invites, roles, (de)activation. */
  "users.manage",
  "api_keys.manage",
  /** Store, regions, tax, sales channels, payment and fulfillment providers, locations, promotions… */
  "settings.manage",
] as const
export type Permission = (typeof PERMISSIONS)[number]

const MANAGER: readonly Permission[] = [
  "dashboard",
  "parts.lookup",
  "catalogue.read",
  "catalogue.write",
  "settings.read",
  "inventory.read",
  "inventory.write",
  "orders.read",
  "orders.write",
  "customers.read",
  "customers.write",
  "booking.office",
  "delivery.manage",
]

const TECHNICIAN: readonly Permission[] = ["dashboard", "parts.lookup", "booking.own_visits"]

/** Each role's permissions; admin holds them all. */
export const ROLE_PERMISSIONS: Readonly<Record<StaffRole, readonly Permission[]>> = {
  admin: PERMISSIONS,
  manager: MANAGER,
  technician: TECHNICIAN,
}
