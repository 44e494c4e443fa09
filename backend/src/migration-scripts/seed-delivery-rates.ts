import type { ExecArgs } from "@medusajs/framework/types"
import { ensureDeliveryRates } from "../scripts/seed/delivery-rates"

/**
 * Runs once, at the first `db:migrate` after it was added: a shop whose delivery zones and stop-desks
 * were in code gets the same values in the database, where the office edits them. An empty module
 * only; a database the office already filled is left alone.
 */
export default async function seedDeliveryRates({ container }: ExecArgs) {
  await ensureDeliveryRates(container)
}
