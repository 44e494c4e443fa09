import type { VisitStatus } from "../../lib/visit-status/visit-status"

export type VisitReport = {
  id: string
  summary: string
  parts: Array<{ variant_id: string; sku: string | null; title: string; quantity: number; unit_price: number }>
  expected_amount: number
  amount_collected: number
  reconciled_at: string | null
}

export type Visit = {
  id: string
  status: VisitStatus
  source: "web" | "phone"
  technician_id: string | null
  technician_name: string | null
  customer_id: string | null
  contact_first_name: string
  contact_last_name: string
  contact_phone: string
  contact_email: string
  address_1: string
  commune: string
  wilaya_code: string
  zone_id: string
  boiler_brand: string | null
  boiler_model: string | null
  description: string
  starts_at: string
  ends_at: string
  blocked_from: string
  blocked_until: string
  cancellation_reason: string | null
  history: Array<{ at: string; action: string; by: string; from?: string; to?: string; reason?: string }>
  fault: { id: string; label_fr: string; visit_fee: number; duration_minutes: number; urgency: "normal" | "urgent" } | null
  report?: VisitReport | null
}

export const STATUS_COLORS: Record<VisitStatus, "green" | "red" | "blue" | "orange" | "grey" | "purple"> = {
  requested: "orange",
  confirmed: "blue",
  en_route: "purple",
  in_progress: "purple",
  done: "green",
  cancelled: "grey",
  no_show: "red",
}
