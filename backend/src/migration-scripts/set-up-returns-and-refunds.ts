import type { ExecArgs } from "@medusajs/framework/types"
import { setUpReturnsAndRefunds } from "../scripts/seed/returns-and-refunds"

/**
 * Runs once, at the first `db:migrate` after it was added: a shop seeded before returns and manual
 * refunds gets its return reasons, refund reasons and return shipping option. On a new database the
 * store frame does not exist yet; the seed does it all.
 */
export default async function setUpReturnsAndRefundsScript({ container }: ExecArgs) {
  await setUpReturnsAndRefunds(container)
}
