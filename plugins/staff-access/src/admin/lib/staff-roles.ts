/** The roles as the office names them, and the logged-in staff member's own (GET /admin/staff-access/me). */
import { adminFetch } from "@mj-chauffage/shop-kernel/admin-fetch"

export type StaffRole = "admin" | "manager" | "technician"

export const ROLE_LABELS: Record<StaffRole, string> = { admin: "Administrateur", manager: "Gérant", technician: "Technicien" }

export type MyAccess = { role: StaffRole | null; permissions: string[] }

export const readMyAccess = () => adminFetch<MyAccess>("/admin/staff-access/me")
