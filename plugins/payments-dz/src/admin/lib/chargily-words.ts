/** The office's French words for Chargily checkouts, shared by the order panel and the refunds page. */
import type { ChargilyCheckoutStatus, ChargilyPaymentMethod } from "../../lib/chargily/checkout-status"
import type { CardRefundReason } from "../../lib/card/refund-reasons"

export const CHARGILY_STATUS_LABEL: Record<ChargilyCheckoutStatus, string> = {
  creating: "Ouverture",
  create_failed: "Non ouvert",
  awaiting_payment: "Page de paiement ouverte",
  superseded: "Remplacé",
  paid: "Payé",
  failed: "Échoué",
  canceled: "Annulé ou expiré",
  mismatch: "À vérifier (montant différent)",
  refund_due: "À rembourser",
  refunded_manually: "Remboursé (tableau de bord Chargily)",
}

export const CHARGILY_STATUS_COLOR: Record<ChargilyCheckoutStatus, "green" | "red" | "orange" | "grey"> = {
  creating: "grey",
  create_failed: "grey",
  awaiting_payment: "grey",
  superseded: "grey",
  paid: "green",
  failed: "red",
  canceled: "grey",
  mismatch: "red",
  refund_due: "orange",
  refunded_manually: "green",
}

export const CHARGILY_METHOD_LABEL: Record<ChargilyPaymentMethod, string> = { edahabia: "Edahabia", cib: "CIB" }

/** Why a paid checkout is to be given back (the customer's e-mail says the same). */
export const CHARGILY_REFUND_REASON_LABEL: Record<CardRefundReason, string> = {
  no_order: "la commande n'a pas pu être passée (pièce épuisée ou livraison changée)",
  already_ordered: "second paiement d'une commande déjà passée (autre page ou paiement à la livraison)",
  replaced: "page de paiement remplacée ou autre mode de paiement choisi",
}
