/**
 * What the Store API shows a customer of their visit: when, where, what, its state, and the
 * technician's first name (never the technician's phone, the change history with staff ids, or the
 * travel buffer the office plans with).
 */
export type StoreVisitSource = {
  id: string
  status: string
  starts_at: Date | string
  ends_at: Date | string
  contact_first_name: string
  contact_last_name: string
  contact_phone: string
  contact_email: string
  address_1: string
  commune: string
  wilaya_code: string
  zone_id: string
  fault_type_id: string
  boiler_brand: string | null
  boiler_model: string | null
  description: string
  cancellation_reason: string | null
  locale: string
  sequence: number
  technician_id: string
  technician?: { name?: string | null } | null
}

export type StoreVisitView = Omit<StoreVisitSource, "technician" | "starts_at" | "ends_at"> & {
  starts_at: string
  ends_at: string
  technician_first_name: string | null
}

/** The first word of a technician's name ("Karim Benali" → "Karim"). */
export const firstNameOf = (name: string | null | undefined): string | null => name?.trim().split(/\s+/)[0] || null

export function storeVisitView(visit: StoreVisitSource): StoreVisitView {
  return {
    id: visit.id,
    status: visit.status,
    starts_at: new Date(visit.starts_at).toISOString(),
    ends_at: new Date(visit.ends_at).toISOString(),
    contact_first_name: visit.contact_first_name,
    contact_last_name: visit.contact_last_name,
    contact_phone: visit.contact_phone,
    contact_email: visit.contact_email,
    address_1: visit.address_1,
    commune: visit.commune,
    wilaya_code: visit.wilaya_code,
    zone_id: visit.zone_id,
    fault_type_id: visit.fault_type_id,
    boiler_brand: visit.boiler_brand,
    boiler_model: visit.boiler_model,
    description: visit.description,
    cancellation_reason: visit.cancellation_reason,
    locale: visit.locale,
    sequence: visit.sequence,
    technician_id: visit.technician_id,
    technician_first_name: visit.status === "requested" ? null : firstNameOf(visit.technician?.name),
  }
}
