/**
 * The sentence a refused staff member reads (the dashboard shows the API's message as it is): their
 * role and what it does not allow, in the office's words, never a permission's code.
 */
import type { Requirement } from "./route-map"
import type { StaffRole } from "./roles"

export const ROLE_NAMES: Readonly<Record<StaffRole, string>> = { admin: "administrateur", manager: "gérant", technician: "technicien" }

const WHAT: Readonly<Record<Exclude<Requirement, "public"> | "unmapped", string>> = {
  dashboard: "ouvrir l'administration",
  "parts.lookup": "consulter les pièces du catalogue",
  "catalogue.read": "consulter le catalogue",
  "catalogue.write": "modifier le catalogue",
  "settings.read": "consulter les réglages de la boutique",
  "inventory.read": "consulter les stocks",
  "inventory.write": "modifier les stocks",
  "orders.read": "consulter les commandes",
  "orders.write": "traiter les commandes (expédition, annulation, remboursement)",
  "customers.read": "consulter les clients",
  "customers.write": "modifier les clients",
  "booking.office": "gérer le planning des interventions et les techniciens",
  "booking.own_visits": "ouvrir « Mes interventions », réservé aux techniciens",
  "delivery.manage": "modifier les prix de livraison et les stop-desks",
  "users.manage": "gérer les comptes du personnel et leurs rôles",
  "api_keys.manage": "gérer les clés d'API",
  "settings.manage": "modifier les réglages de la boutique",
  unmapped: "ouvrir cette partie de l'administration",
}

/** "Votre rôle (technicien) ne permet pas de consulter les commandes : demandez cet accès à un administrateur." */
export function refusalSentence(role: StaffRole, requirement: Exclude<Requirement, "public"> | "unmapped"): string {
  const what = WHAT[requirement]
  const of = /^[aeiouéèêàâîôûh]/i.test(what) ? "d'" : "de "
  return `Votre rôle (${ROLE_NAMES[role]}) ne permet pas ${of}${what} : demandez cet accès à un administrateur.`
}
