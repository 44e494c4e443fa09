import type { InferTypeOf } from "@medusajs/framework/types"
import { model } from "@medusajs/framework/utils"
import { COD_STATUSES } from "../../../lib/cod/life-cycle"
import { CodLogEntry } from "./cod-log-entry"

/**
 * The office's side of one cash-on-delivery order (lib/cod/life-cycle.ts): where it stands and when
 * each step was reached. Created at the office's first action on the order; the order itself, its
 * fulfilments and its payment stay Medusa's.
 */
export const CodOrder = model.define("cod_order", {
  id: model.id({ prefix: "cod" }).primaryKey(),
  order_id: model.text().unique(),
  status: model.enum([...COD_STATUSES]).default("placed"),
  confirmed_at: model.dateTime().nullable(),
  cancelled_at: model.dateTime().nullable(),
  shipped_at: model.dateTime().nullable(),
  collected_at: model.dateTime().nullable(),
  refused_at: model.dateTime().nullable(),
  /** Why the customer cancelled, or why the parcel was refused, in the office's words. */
  reason: model.text().nullable(),
  log: model.hasMany(() => CodLogEntry, { mappedBy: "cod_order" }),
})

export type CodOrderRecord = InferTypeOf<typeof CodOrder>
