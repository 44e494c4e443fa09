import type { RefusalCode } from "@mj-chauffage/shop-kernel/refusals"

/**
 * A cash-on-delivery order's life: placed → confirmed by phone (or cancelled) → shipped → cash
 * collected, or refused at the door. Medusa's own order keeps the goods and the money; this is the
 * office's side of it: which action is allowed from where.
 */
export const COD_STATUSES = ["placed", "confirmed", "cancelled", "shipped", "collected", "refused"] as const
export type CodStatus = (typeof COD_STATUSES)[number]

/**
 * What the office does. `log_call` is a call that changed nothing (no answer, call back later);
 * `confirm` and `cancel` are calls whose outcome was a yes or a no.
 */
export const COD_ACTIONS = ["log_call", "confirm", "cancel", "ship", "collect", "refuse"] as const
export type CodAction = (typeof COD_ACTIONS)[number]

/** How a confirmation call ended. */
export const CALL_OUTCOMES = ["no_answer", "call_back", "confirmed", "cancelled"] as const
export type CallOutcome = (typeof CALL_OUTCOMES)[number]

export const actionOfCall = (outcome: CallOutcome): CodAction => (outcome === "confirmed" ? "confirm" : outcome === "cancelled" ? "cancel" : "log_call")

export type CodRefusal = Extract<
  RefusalCode,
  "cod_not_confirmed" | "cod_not_shipped" | "cod_already_confirmed" | "cod_already_shipped" | "cod_already_collected" | "cod_already_refused" | "cod_order_cancelled"
>

export type CodStep = { allowed: true; status: CodStatus } | { allowed: false; code: CodRefusal }

/** The status each action leads to, from the statuses it is allowed in. */
const MOVES: Record<CodAction, Partial<Record<CodStatus, CodStatus>>> = {
  log_call: { placed: "placed", confirmed: "confirmed" },
  confirm: { placed: "confirmed" },
  // A customer may still say no after confirming, until the parcel leaves.
  cancel: { placed: "cancelled", confirmed: "cancelled" },
  ship: { confirmed: "shipped" },
  collect: { shipped: "collected" },
  refuse: { shipped: "refused" },
}

/** Why an action is refused where it is: the status explains it, or the missing step before it. */
function refusalOf(status: CodStatus, action: CodAction): CodRefusal {
  switch (status) {
    case "cancelled":
      return "cod_order_cancelled"
    case "collected":
      return "cod_already_collected"
    case "refused":
      return "cod_already_refused"
    case "shipped":
      return "cod_already_shipped"
    case "confirmed":
      // Only confirm (again) or collect/refuse (before the parcel left) are refused here.
      return action === "confirm" ? "cod_already_confirmed" : "cod_not_shipped"
    case "placed":
      return action === "ship" ? "cod_not_confirmed" : "cod_not_shipped"
  }
}

/** Where `action` takes an order in `status`, or the refusal's code. */
export function nextCodStatus(status: CodStatus, action: CodAction): CodStep {
  const next = MOVES[action][status]
  return next ? { allowed: true, status: next } : { allowed: false, code: refusalOf(status, action) }
}

/** The actions allowed from `status`, in the order the office meets them (the widget shows these). */
export const allowedCodActions = (status: CodStatus): CodAction[] => COD_ACTIONS.filter((action) => nextCodStatus(status, action).allowed)

/** The date column each status sets when reached (the record says when, the log says who). */
export const REACHED_AT = {
  confirmed: "confirmed_at",
  cancelled: "cancelled_at",
  shipped: "shipped_at",
  collected: "collected_at",
  refused: "refused_at",
} as const satisfies Partial<Record<CodStatus, string>>

export type CodShipment = { allowed: true; changed: boolean } | { allowed: false; code: CodRefusal }

/**
 * What a parcel of the order (its fulfilment, then its shipment) does to the record, however it was
 * made: the office's "Expédier" (which moves the record first), Medusa Admin's own "Create
 * fulfillment" / "Mark as shipped", the generic ship route. An order not confirmed by phone does not
 * leave; a confirmed one's record moves to shipped. Later parcels (an exchange's new part after the
 * cash is in) change nothing: a cancelled or refused order is Medusa's to refuse (it is cancelled there).
 */
export function codRecordOnShipment(status: CodStatus): CodShipment {
  if (status === "placed") return { allowed: false, code: "cod_not_confirmed" }
  return { allowed: true, changed: status === "confirmed" }
}
