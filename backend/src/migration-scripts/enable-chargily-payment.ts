import type { ExecArgs } from "@medusajs/framework/types"
import enableCardPayment from "./enable-card-payment"

/**
 * Runs once, at the first `db:migrate` after it was added: a shop seeded before Chargily existed gets
 * every payment method this server has registered (Chargily included when configured) on its region.
 */
export default async function enableChargilyPayment(args: ExecArgs) {
  await enableCardPayment(args)
}
