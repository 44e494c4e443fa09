import { model } from "@medusajs/framework/utils"
import { CALL_OUTCOMES, COD_ACTIONS } from "../../../lib/cod/life-cycle"
import { CodOrder } from "./cod-order"

/** One thing the office did on a cash-on-delivery order: who, when (created_at), what, and for a call how it ended. */
export const CodLogEntry = model.define("cod_log_entry", {
  id: model.id({ prefix: "codlog" }).primaryKey(),
  action: model.enum([...COD_ACTIONS]),
  /** Set on calls only (log_call, confirm, cancel). */
  call_outcome: model.enum([...CALL_OUTCOMES]).nullable(),
  note: model.text().nullable(),
  /** The admin user who acted. */
  staff_user_id: model.text(),
  cod_order: model.belongsTo(() => CodOrder, { mappedBy: "log" }),
})
