import type { ExecArgs } from "@medusajs/framework/types"
import enableCardPayment from "./enable-card-payment"

/**
 * Runs once, at the first `db:migrate` after it was added: a shop seeded before BaridPay existed gets
 * every payment method this server has registered (BaridPay included when BARIDPAY_RIP is set) on its region.
 */
export default async function enableBaridpayPayment(args: ExecArgs) {
  await enableCardPayment(args)
}
